import type { ApolloServerPlugin } from '@apollo/server';
import DataLoader from 'dataloader';
import pg from 'pg';
import type { Logger } from '@talents/platform';
import type { SigningKeys } from './keys';
import { signInternalToken } from './internal-token';
import { SYSTEM, type AgentPrincipal, type Role } from './principal';

const PRINCIPAL_FIELDS = 'agentId administrationId roles hostOf';

/** Most look-ups asked of profiles in one request (aliases of one document). */
const MAX_BATCH = 100;

type Lookup = { id: string } | { email: string };

interface PrincipalPayload {
  agentId: string;
  administrationId: string | null;
  roles: Role[];
  hostOf: string[];
}

/**
 * Profiles notifies this channel (in the transaction of the change) with the id of each agent whose
 * administration or roles changed, or who was erased: see services/profiles/src/identity/principal-changes.ts.
 */
export const PRINCIPAL_CHANGED_CHANNEL = 'talents_principal_changed';

/** Profiles could not say who somebody is: the request cannot be authorised either way. */
export class PrincipalLookupError extends Error {}

export interface PrincipalDirectoryOptions {
  /** GraphQL URL of the profiles subgraph, asked directly rather than through the gateway. */
  profilesUrl: string;
  keys: SigningKeys;
  /** Roles change rarely; 30 s keeps a promotion or a removal quick to take effect. */
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

/**
 * Who an agent is and which roles they hold, by id (sessions) or professional e-mail (OIDC),
 * asked of profiles with a `system` token and cached briefly in memory, bounded in size.
 */
export class PrincipalDirectory {
  private readonly cache = new Map<string, { expiresAt: number; value: Promise<AgentPrincipal | null> }>();
  /**
   * The look-ups of one turn of the event loop share one request: when thousands of sockets
   * reconnect at once (a gateway restart), hundreds of people are looked up together, not one HTTP
   * request and one token each.
   */
  private readonly lookups = new DataLoader<Lookup, AgentPrincipal | null, string>(
    (batch) => this.fetchPrincipals(batch),
    // setImmediate, not the default next tick: each socket's message is an I/O event of its own,
    // and only a check phase gathers the look-ups of all the sockets read in one poll.
    { cache: false, maxBatchSize: MAX_BATCH, batchScheduleFn: (callback) => setImmediate(callback) },
  );
  private readonly revalidating = new Set<string>();
  private listener: pg.Client | null = null;
  private syncing: Promise<void> | null = null;
  private nextSync: Promise<void> | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(private readonly options: PrincipalDirectoryOptions) {
    this.ttlMs = options.ttlMs ?? 30_000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  byId(agentId: string): Promise<AgentPrincipal | null> {
    return this.cached(`id:${agentId}`, { id: agentId });
  }

  /**
   * For each event of a live subscription: past its 30 s, a cached principal still answers for one
   * more period while a fresh look-up runs in the background — thousands of deliveries do not wait
   * on profiles together each time their people's entries come due. A removed account or a lost role
   * is seen at the first event after that look-up.
   */
  current(agentId: string): Promise<AgentPrincipal | null> {
    const key = `id:${agentId}`;
    const hit = this.cache.get(key);
    const now = this.now();
    if (!hit || hit.expiresAt + this.ttlMs <= now) return this.byId(agentId);
    if (hit.expiresAt <= now && !this.revalidating.has(key)) {
      this.revalidating.add(key);
      const value = this.lookups.load({ id: agentId });
      void value
        .then(
          () => {
            // Unless a plain look-up replaced the entry meanwhile (it is as fresh).
            if (this.cache.get(key) !== hit) return;
            this.cache.delete(key);
            this.cache.set(key, { expiresAt: this.now() + this.ttlMs, value });
          },
          () => undefined,
        )
        .finally(() => this.revalidating.delete(key));
    }
    return hit.value;
  }

  /**
   * Forgets what is cached about an agent: their entry by id, and the entries by e-mail (sign-ins
   * only, rare), whose answers cannot be read synchronously to tell whose they are.
   */
  forget(agentId: string): void {
    this.cache.delete(`id:${agentId}`);
    for (const key of [...this.cache.keys()]) if (key.startsWith('email:')) this.cache.delete(key);
  }

  /**
   * Listens to profiles' announcements of changed rights, so that a change of administration or of
   * roles, or an erasure, applies from the next request rather than up to a cache period later.
   * Without the connection (lost, reconnecting), entries expire after their period as before.
   */
  async listen(databaseUrl: string, logger: Logger): Promise<void> {
    const client = new pg.Client({
      connectionString: databaseUrl,
      application_name: 'talents-gateway-principals',
      keepAlive: true,
    });
    client.on('notification', (message) => {
      if (message.payload) this.forget(message.payload);
    });
    client.on('error', (error) => {
      if (this.listener !== client) return;
      logger.warn({ err: error }, 'principal change listener lost its connection; reconnecting');
      this.listener = null;
      // What changed while nobody listened is unknown: nothing cached may be trusted.
      this.cache.clear();
      client.end().catch(() => undefined);
      this.scheduleReconnect(databaseUrl, logger);
    });
    await client.connect();
    await client.query(`LISTEN "${PRINCIPAL_CHANGED_CHANNEL}"`);
    if (this.closed) {
      await client.end();
      return;
    }
    this.listener = client;
  }

  private scheduleReconnect(databaseUrl: string, logger: Logger): void {
    if (this.closed || this.reconnect) return;
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      this.listen(databaseUrl, logger).catch((error: unknown) => {
        logger.warn({ err: error }, 'principal change listener could not reconnect');
        this.scheduleReconnect(databaseUrl, logger);
      });
    }, 1_000);
    this.reconnect.unref();
  }

  /**
   * Resolves once every notification committed before the call has been handled: PostgreSQL sends
   * a listening session its pending notifications before the answer to its next statement.
   */
  async sync(): Promise<void> {
    if (!this.listener) return;
    if (!this.syncing) return this.startSync();
    // The statement on the wire may have left before this caller's commit: the next one answers
    // for it, shared by every caller that arrives meanwhile (one session runs one query at a time).
    this.nextSync ??= this.syncing.then(() => {
      this.nextSync = null;
      return this.startSync();
    });
    return this.nextSync;
  }

  private startSync(): Promise<void> {
    const statement = (this.listener?.query('SELECT 1') ?? Promise.resolve())
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        if (this.syncing === statement) this.syncing = null;
      });
    this.syncing = statement;
    return statement;
  }

  /**
   * Holds the answer to every mutation until the notifications it caused are handled: the caller's
   * next request, whoever sends it, then sees the new rights. Other gateways hear of them a few
   * milliseconds later.
   */
  freshRightsPlugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => ({
        willSendResponse: async ({ operation }) => {
          if (operation?.operation === 'mutation') await this.sync();
        },
      }),
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    const client = this.listener;
    this.listener = null;
    await client?.end().catch(() => undefined);
  }

  byEmail(email: string): Promise<AgentPrincipal | null> {
    return this.cached(`email:${email.trim().toLowerCase()}`, { email: email.trim() });
  }

  private cached(key: string, variables: Lookup): Promise<AgentPrincipal | null> {
    const now = this.now();
    const hit = this.cache.get(key);
    if (hit && hit.expiresAt > now) return hit.value;
    if (hit) this.cache.delete(key);
    // The promise itself is cached so that concurrent requests of one person share one look-up.
    const value = this.lookups.load(variables);
    value.catch(() => this.cache.delete(key));
    this.cache.set(key, { expiresAt: now + this.ttlMs, value });
    // A Map iterates in insertion order: the first key is the oldest entry.
    while (this.cache.size > this.maxEntries) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    return value;
  }

  private async fetchPrincipals(batch: readonly Lookup[]): Promise<Array<AgentPrincipal | null | Error>> {
    const variables: Record<string, string> = {};
    const definitions: string[] = [];
    const fields = batch.map((lookup, index) => {
      const [argument, type, value] =
        'id' in lookup ? ['id', 'ID', lookup.id] : ['email', 'String', lookup.email];
      variables[`v${index}`] = value;
      definitions.push(`$v${index}: ${type}`);
      return `p${index}: principal(${argument}: $v${index}) { ${PRINCIPAL_FIELDS} }`;
    });
    const query = `query Principals(${definitions.join(', ')}) { ${fields.join(' ')} }`;
    let body: {
      data?: Record<string, PrincipalPayload | null> | null;
      errors?: Array<{ message: string; path?: Array<string | number> }>;
    };
    try {
      const response = await fetch(this.options.profilesUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await signInternalToken(this.options.keys, SYSTEM)}`,
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(5_000),
      });
      body = ((await response.json()) ?? {}) as typeof body;
    } catch (error) {
      throw new PrincipalLookupError(`profiles unreachable: ${String(error)}`);
    }
    if (!body.data) {
      throw new PrincipalLookupError(`principal lookup failed: ${body.errors?.[0]?.message ?? 'no data'}`);
    }
    const data = body.data;
    // An error names its alias in its path: only that look-up fails, the others stand.
    const failed = new Map<string, string>();
    for (const error of body.errors ?? []) {
      const alias = error.path?.[0];
      if (typeof alias === 'string') failed.set(alias, error.message);
      else throw new PrincipalLookupError(`principal lookup failed: ${error.message}`);
    }
    return batch.map((_, index) => {
      const message = failed.get(`p${index}`);
      if (message !== undefined) return new PrincipalLookupError(`principal lookup failed: ${message}`);
      const found = data[`p${index}`];
      if (!found) return null;
      return {
        kind: 'agent',
        agentId: found.agentId,
        administrationId: found.administrationId,
        roles: found.roles,
        hostOf: found.hostOf,
      };
    });
  }
}
