import type { IncomingHttpHeaders } from 'node:http';
import type { Principal } from './auth/principal';

/** What every fetch of a query plan knows of the request it serves, HTTP or subscription event. */
export interface GatewayContext {
  headers: IncomingHttpHeaders;
  requestId: string;
  principal: Principal;
  /** The token subgraphs receive for this request, signed once and shared by its fetches. */
  internalToken(): Promise<string>;
  /**
   * Aborted when the operation has outlived OPERATION_TIMEOUT_MS (HTTP only): set by
   * withOperationTimeout as execution starts; no fetch of the plan leaves once it is aborted.
   */
  signal?: AbortSignal;
  /**
   * The subgraphs this request's plan sends two fetches or more at once (plan-batching.ts): only
   * their reads wait a turn to travel as one list. Unset (a subscription event's fetches): any may.
   */
  fetchedTogether?: ReadonlySet<string>;
}
