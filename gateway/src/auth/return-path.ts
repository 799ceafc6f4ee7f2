/**
 * Where to send the browser after signing in: a path of this site only. `//host` and `/\host`
 * are protocol-relative URLs that browsers follow to another site (an open redirect).
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return '/';
  if (value.startsWith('//') || value.startsWith('/\\') || /[\r\n]/.test(value)) return '/';
  return value;
}
