import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { DataSource } from 'typeorm';
import { LoaderRegistry } from './loaders';
import { requestIdFrom, type Logger } from '@talents/platform';
import type { Viewer } from './identity/viewer';
import { AuditTrail } from './audit/audit.trail';
import type { FeedHub } from './feed/feed';

/** What every resolver of every subgraph receives. Subgraphs may extend it. */
export interface RequestContext {
  requestId: string;
  headers: IncomingHttpHeaders;
  loaders: LoaderRegistry;
  db: DataSource;
  logger: Logger;
  /** Who the gateway says the request is for (its signed token, verified). */
  viewer: Viewer;
  /** Appends to this subgraph's audit log: writes in their transaction, reads when the response leaves. */
  audit: AuditTrail;
  /** The subgraph's live feed (subscriptions); null for subgraphs that publish none. */
  feed: FeedHub | null;
}

export function createRequestContext(
  db: DataSource,
  logger: Logger,
  headers: IncomingHttpHeaders,
  viewer: Viewer,
  schema: string,
  feed: FeedHub | null = null,
): RequestContext {
  const requestId = requestIdFrom(headers['x-request-id']) ?? randomUUID();
  // Made on first use: a subscription keeps its context as long as it runs, often for hours,
  // and most never log, audit or load anything through it (each event gets loaders of its own).
  let loaders: LoaderRegistry | null = null;
  let childLogger: Logger | null = null;
  let audit: AuditTrail | null = null;
  return {
    requestId,
    headers,
    db,
    viewer,
    feed,
    get loaders() {
      return (loaders ??= new LoaderRegistry(db, viewer));
    },
    set loaders(registry: LoaderRegistry) {
      loaders = registry;
    },
    get logger() {
      return (childLogger ??= logger.child({ requestId, viewer: viewer.subject }));
    },
    get audit() {
      return (audit ??= new AuditTrail(db, schema, viewer, requestId));
    },
  };
}
