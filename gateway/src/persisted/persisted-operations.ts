import type { Request, RequestHandler } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Principal } from '../auth/principal';
import { BoundedCache, checkHandler } from '../limits';
import type { RegisteredOperationStore } from './registered-operations';
import { HASH_PATTERN, normalizedText, operationHash } from './operation-text';

/**
 * Who may send only operations the gateway knows beforehand:
 * - `off`: anybody may send any text (development);
 * - `clients`: API clients send only their registered operations (production's default);
 * - `all`: so do people too, the programme team excepted (GraphiQL): the dashboard's manifest only.
 */
export type SafelistMode = 'off' | 'clients' | 'all';

export interface PersistedOperationSettings {
  safelist: SafelistMode;
  /**
   * Automatic persisted queries (APQ): a hash sent with its text is remembered by this process, and
   * the hash alone runs it afterwards. Development only: in production every hash is known
   * beforehand (the dashboard's manifest, the registered operations).
   */
  automatic: boolean;
}

const SAFELIST_MODES: readonly SafelistMode[] = ['off', 'clients', 'all'];

/** `OPERATION_SAFELIST` (`off`, `clients`, `all`); default `clients` in production, `off` otherwise. */
export function persistedOperationSettings(
  production: boolean,
  env: NodeJS.ProcessEnv = process.env,
): PersistedOperationSettings {
  const raw = env.OPERATION_SAFELIST?.trim();
  if (raw && !SAFELIST_MODES.includes(raw as SafelistMode)) {
    throw new Error(
      `OPERATION_SAFELIST : « ${raw} » n’est pas l’une des valeurs ${SAFELIST_MODES.join(', ')}.`,
    );
  }
  return {
    safelist: (raw as SafelistMode | undefined) ?? (production ? 'clients' : 'off'),
    automatic: !production,
  };
}

export const PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND';
export const OPERATION_NOT_REGISTERED = 'OPERATION_NOT_REGISTERED';

function notFound(hash: string): GraphQLError {
  return new GraphQLError(
    `Aucune opération connue n’a l’empreinte ${hash}. Un client d’API fait enregistrer ses opérations par l’équipe du programme ; en développement, renvoyez l’opération avec son texte.`,
    { extensions: { code: PERSISTED_QUERY_NOT_FOUND, sha256Hash: hash } },
  );
}

function notRegistered(principal: Principal, hash: string): GraphQLError {
  return new GraphQLError(
    principal.kind === 'client'
      ? `Cette opération n’est pas enregistrée pour ce client d’API (empreinte ${hash}) : seules ses opérations enregistrées sont acceptées. Faites-la enregistrer par l’équipe du programme.`
      : `Cette opération n’est pas une opération du tableau de bord (empreinte ${hash}) : elle est refusée.`,
    { extensions: { code: OPERATION_NOT_REGISTERED, sha256Hash: hash } },
  );
}

function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST' } });
}

/** `extensions.persistedQuery`'s hash, null when absent; throws on a malformed one. */
function persistedHash(extensions: unknown): string | null {
  if (!extensions || typeof extensions !== 'object') return null;
  const persisted = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (persisted === undefined || persisted === null) return null;
  const { version, sha256Hash } = persisted as { version?: unknown; sha256Hash?: unknown };
  if (version !== 1) {
    throw badRequest('extensions.persistedQuery.version : seule la version 1 est prise en charge.');
  }
  if (typeof sha256Hash !== 'string' || !HASH_PATTERN.test(sha256Hash)) {
    throw badRequest(
      'extensions.persistedQuery.sha256Hash : le SHA-256 du texte de l’opération est attendu, en hexadécimal minuscule (64 caractères).',
    );
  }
  return sha256Hash;
}

/**
 * Persisted operations (issue 15, item 2), on HTTP and on the subscription socket alike: a hash is
 * turned into its text — the dashboard's manifest, the caller's registered operations, or, in
 * development, a text it sent before with its hash — and a text from a safelisted caller is
 * admitted only when its hash is known. What comes out is a text, which the operation limits, the
 * rate limits and the timeouts then treat as any other.
 */
export class PersistedOperations {
  private readonly automatic = new BoundedCache<string>(1_000);

  constructor(
    private readonly options: {
      /** The dashboard's operations, by hash. */
      manifest: ReadonlyMap<string, string>;
      registered: Pick<RegisteredOperationStore, 'find'>;
      settings: PersistedOperationSettings;
      /** The operation limit on tokens: a text is parsed here before the limits see it. */
      maxTokens: number;
    },
  ) {}

  /** Is the caller held to known operations? The programme team never is (GraphiQL). */
  private safelisted(principal: Principal): boolean {
    const { safelist } = this.options.settings;
    if (safelist === 'off') return false;
    if (principal.kind === 'client') return true;
    return safelist === 'all' && !(principal.kind === 'agent' && principal.roles.includes('ADMIN'));
  }

  /** The text behind `hash` for this caller, or null. */
  private async known(principal: Principal, hash: string): Promise<string | null> {
    const { manifest, registered, settings } = this.options;
    const held = this.safelisted(principal);
    if (principal.kind === 'client') {
      const own = await registered.find(principal.clientId, hash);
      if (own !== null || held) return own;
    }
    const text = manifest.get(hash);
    if (text !== undefined) return text;
    return !held && settings.automatic ? (this.automatic.get(hash) ?? null) : null;
  }

  /** Refuses a text that a safelisted caller may not send: its hash, as sent or normalised, must be known. */
  private async admit(principal: Principal, text: string): Promise<void> {
    if (!this.safelisted(principal)) return;
    const hash = operationHash(text);
    if ((await this.known(principal, hash)) !== null) return;
    let normalized: string | null = null;
    try {
      normalized = normalizedText(text, this.options.maxTokens);
    } catch {
      // Unparsable, or over the token limit: no registered operation can match it.
    }
    if (normalized !== null && (await this.known(principal, operationHash(normalized))) !== null) return;
    throw notRegistered(principal, hash);
  }

  /**
   * The text to run for a request's `query` and `extensions`; undefined when it carries neither
   * (the GraphQL server answers that itself). Throws a GraphQLError with the refusal's code.
   */
  async resolve(principal: Principal, query: unknown, extensions: unknown): Promise<string | undefined> {
    const hash = persistedHash(extensions);
    const text = typeof query === 'string' && query !== '' ? query : undefined;
    if (hash === null) {
      if (text !== undefined) await this.admit(principal, text);
      return text;
    }
    if (text === undefined) {
      const found = await this.known(principal, hash);
      if (found === null) throw notFound(hash);
      return found;
    }
    // A text with its hash: the APQ protocol's second attempt, or a client that sends both.
    if (operationHash(text) !== hash) {
      throw badRequest(
        'extensions.persistedQuery.sha256Hash n’est pas le SHA-256 du texte envoyé : corrigez l’empreinte ou le texte.',
      );
    }
    await this.admit(principal, text);
    if (this.options.settings.automatic && !this.safelisted(principal)) this.automatic.set(hash, text);
    return text;
  }
}

/** The request's operation over HTTP, and a way to replace its text (and drop the hash) in place. */
function operationOf(
  req: Request,
): { query: unknown; extensions: unknown; replace(text: string | undefined): void } | null {
  const body: unknown = req.body;
  if (req.method === 'POST' && body && typeof body === 'object' && !Array.isArray(body)) {
    const request = body as { query?: unknown; extensions?: Record<string, unknown> };
    return {
      query: request.query,
      extensions: request.extensions,
      replace(text) {
        if (text !== undefined) request.query = text;
        // Anything but a map is left as sent, for Apollo Server to refuse (an array used to vanish here).
        if (
          request.extensions &&
          typeof request.extensions === 'object' &&
          !Array.isArray(request.extensions)
        ) {
          const { persistedQuery: _hash, ...rest } = request.extensions;
          if (Object.keys(rest).length > 0) request.extensions = rest;
          else delete request.extensions;
        }
      },
    };
  }
  if (req.method === 'GET') {
    const url = new URL(req.url, 'http://gateway');
    const raw = url.searchParams.get('extensions');
    let extensions: unknown;
    try {
      extensions = raw === null ? undefined : JSON.parse(raw);
    } catch {
      return null; // Apollo Server answers malformed extensions itself.
    }
    return {
      query: url.searchParams.get('query') ?? undefined,
      extensions,
      replace(text) {
        if (text !== undefined) url.searchParams.set('query', text);
        if (extensions && typeof extensions === 'object' && !Array.isArray(extensions)) {
          const { persistedQuery: _hash, ...rest } = extensions as Record<string, unknown>;
          if (Object.keys(rest).length > 0) url.searchParams.set('extensions', JSON.stringify(rest));
          else url.searchParams.delete('extensions');
        }
        req.url = `${url.pathname}${url.search}`;
      },
    };
  }
  return null;
}

/**
 * Persisted operations on HTTP, as an Express handler after authentication and the rate limit and
 * before the operation limits: what reaches the limits and Apollo Server is a text, without
 * `extensions.persistedQuery` (Apollo Server's own APQ is off). A refusal is answered in the hub's
 * JSON error shape: 200 for an unknown hash (APQ clients then send the text, in development), 400
 * for a text a safelisted caller may not send.
 */
export function persistedOperationsHandler(options: {
  persisted: PersistedOperations;
  principal(res: Parameters<RequestHandler>[1]): Principal;
  formatError(error: GraphQLFormattedError): GraphQLFormattedError;
  onRefused?(error: GraphQLError): void;
}): RequestHandler {
  return checkHandler(
    { ...options, statusOf: (error) => (error.extensions.code === PERSISTED_QUERY_NOT_FOUND ? 200 : 400) },
    async (req, res) => {
      const operation = operationOf(req);
      if (!operation) return;
      const principal = options.principal(res);
      operation.replace(await options.persisted.resolve(principal, operation.query, operation.extensions));
    },
  );
}
