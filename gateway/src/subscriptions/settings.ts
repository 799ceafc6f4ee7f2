/**
 * A duration in milliseconds from the environment (`fallback` when unset); a malformed one stops
 * the start with a sentence naming the variable, rather than a bound silently off.
 */
export function millisecondsFrom(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  options: { zeroAllowed: boolean } = { zeroAllowed: false },
): number {
  const raw = env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < 0 || (value === 0 && !options.zeroAllowed)) {
    const range = options.zeroAllowed ? 'positif ou nul' : 'positif';
    throw new Error(`${name} doit être un nombre entier de millisecondes, ${range} (reçu « ${raw} »).`);
  }
  return value;
}
