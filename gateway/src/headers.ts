import type { IncomingHttpHeaders } from 'node:http';

/** Headers that describe one hop, not the request: never forwarded to a subgraph. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
  'content-type',
  'accept',
  'accept-encoding',
]);

export function forwardableHeaders(incoming: IncomingHttpHeaders): Array<[string, string]> {
  const forwarded: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    forwarded.push([name, Array.isArray(value) ? value.join(', ') : value]);
  }
  return forwarded;
}
