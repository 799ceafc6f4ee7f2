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

/** A whole number ≥ 1 from the environment (`fallback` when unset), or a sentence naming the variable. */
function countFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} doit être un nombre entier strictement positif (reçu « ${raw} »).`);
  }
  return value;
}

/** Caps on each client socket of the gateway (issue 15, item 1). */
export interface SocketLimits {
  /** Subscriptions running at once on one socket; the next one is refused, the others go on. */
  maxSubscriptions: number;
  /** Bytes of one message from the client; past it the socket is closed with 1009. */
  maxMessageBytes: number;
  /** Messages from the client in one second; past it the socket is closed with 4429. */
  maxMessagesPerSecond: number;
}

/**
 * The dashboard runs at most four subscriptions on its socket and sends messages of a few hundred
 * bytes (a subscribe message is bounded by the token limit anyway); a reconnection sends
 * connection_init and every subscription again in the same second.
 */
export const DEFAULT_SOCKET_LIMITS: SocketLimits = {
  maxSubscriptions: 20,
  maxMessageBytes: 64 * 1024,
  maxMessagesPerSecond: 50,
};

/** `SUBSCRIPTION_MAX_PER_SOCKET`, `SUBSCRIPTION_MAX_MESSAGE_BYTES`, `SUBSCRIPTION_MAX_MESSAGES_PER_SECOND`. */
export function socketLimits(env: NodeJS.ProcessEnv = process.env): SocketLimits {
  return {
    maxSubscriptions: countFrom(env, 'SUBSCRIPTION_MAX_PER_SOCKET', DEFAULT_SOCKET_LIMITS.maxSubscriptions),
    maxMessageBytes: countFrom(env, 'SUBSCRIPTION_MAX_MESSAGE_BYTES', DEFAULT_SOCKET_LIMITS.maxMessageBytes),
    maxMessagesPerSecond: countFrom(
      env,
      'SUBSCRIPTION_MAX_MESSAGES_PER_SECOND',
      DEFAULT_SOCKET_LIMITS.maxMessagesPerSecond,
    ),
  };
}
