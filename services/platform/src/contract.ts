/*
 * What the gateway and the subgraphs agree on beyond the schema.
 */

/** Where a subgraph with a feed tells the gateway its current cursor (`GET`, gateway token). */
export const FEED_POSITION_PATH = '/feed/position';

export const SERVICE_UNAVAILABLE_MESSAGE = 'Un service du hub ne répond pas. Réessayez dans un instant.';

/** Ids the hub accepts from a client for correlation (`x-request-id`): short, plain characters. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The client's request id when it is a sane one, or null (the server then makes its own). */
export function requestIdFrom(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && REQUEST_ID.test(value) ? value : null;
}
