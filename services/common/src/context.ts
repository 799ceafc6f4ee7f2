import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { DataSource } from 'typeorm';
import { LoaderRegistry } from './loaders';
import type { Logger } from './logger';
import type { Viewer } from './identity/viewer';

/** What every resolver of every subgraph receives. Subgraphs may extend it. */
export interface RequestContext {
  requestId: string;
  headers: IncomingHttpHeaders;
  loaders: LoaderRegistry;
  db: DataSource;
  logger: Logger;
  /** Who the gateway says the request is for (its signed token, verified). */
  viewer: Viewer;
}

export function createRequestContext(
  db: DataSource,
  logger: Logger,
  headers: IncomingHttpHeaders,
  viewer: Viewer,
): RequestContext {
  const header = headers['x-request-id'];
  const requestId = (Array.isArray(header) ? header[0] : header) ?? randomUUID();
  return {
    requestId,
    headers,
    loaders: new LoaderRegistry(db),
    db,
    logger: logger.child({ requestId, viewer: viewer.subject }),
    viewer,
  };
}
