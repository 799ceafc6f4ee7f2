import type { IncomingHttpHeaders } from 'node:http';

/**
 * The request headers a subgraph may see. An allow-list, not a deny-list: subgraphs must never
 * receive what a client could use to impersonate the gateway or another hop. `authorization` and
 * `cookie` are the client's credentials: the gateway replaces them with a token it signs.
 */
const FORWARDED = ['accept-language', 'traceparent', 'tracestate', 'user-agent'];

export function forwardableHeaders(incoming: IncomingHttpHeaders): Array<[string, string]> {
  const forwarded: Array<[string, string]> = [];
  for (const name of FORWARDED) {
    const value = incoming[name];
    if (value !== undefined) forwarded.push([name, Array.isArray(value) ? value.join(', ') : value]);
  }
  return forwarded;
}
