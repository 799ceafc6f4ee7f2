import type { GraphQLFormattedError } from 'graphql';
import {
  createFailureLog,
  SERVICE_UNAVAILABLE_MESSAGE,
  translateGraphQLMessage,
  type Logger,
} from '@talents/platform';
import { SUBGRAPH_FAILURE } from './forwarding-data-source';

interface DownstreamResponse {
  status?: number;
  body?: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

const UNREACHABLE = /^request to .* failed|ECONNREFUSED|ECONNRESET|socket hang up|fetch failed/;

/**
 * What leaves the gateway: French messages, stable codes, the field at fault, and nothing of the
 * inside — subgraph URLs, raw responses and stacks stay in the logs.
 */
export function createGatewayErrorFormatter(options: { exposeInternals: boolean; logger: Logger }) {
  // One failed fetch is one error per missing field, and an outage fails every request alike.
  const unreachable = createFailureLog(options.logger);
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    // `http` (a status for Apollo Server, which drops it on HTTP) would reach socket clients as is.
    const {
      response,
      stacktrace,
      serviceName,
      http: _http,
      ...extensions
    } = (formatted.extensions ?? {}) as Record<string, unknown> & {
      response?: DownstreamResponse;
      stacktrace?: unknown;
      serviceName?: unknown;
    };
    // Which subgraph answered is an internal name: kept for development only.
    const keepServiceName = options.exposeInternals && serviceName !== undefined ? { serviceName } : {};
    const base = { locations: formatted.locations, path: formatted.path };
    const keepStack = options.exposeInternals && stacktrace ? { stacktrace } : {};

    // A subgraph refused the request outright (HTTP 400): its own error says why.
    const inner = response?.body?.errors?.[0];
    if (inner) {
      const translated = translateGraphQLMessage(inner.message);
      const code = typeof inner.extensions?.code === 'string' ? inner.extensions.code : 'BAD_USER_INPUT';
      return {
        ...base,
        message: translated?.message ?? inner.message,
        extensions: { code, field: translated?.field ?? inner.extensions?.field },
      };
    }
    const failure = SUBGRAPH_FAILURE.exec(formatted.message);
    if (failure || UNREACHABLE.test(formatted.message)) {
      unreachable(
        `unreachable:${failure?.[1] ?? 'unknown'}`,
        { error: formatted.message },
        'subgraph unreachable',
      );
      return {
        ...base,
        message: SERVICE_UNAVAILABLE_MESSAGE,
        // The subgraph's public name (profiles, missions, approvals), documented in the README.
        extensions: { code: 'SERVICE_UNAVAILABLE', ...(failure?.[1] ? { service: failure[1] } : {}) },
      };
    }
    if (extensions.code === 'INTERNAL_SERVER_ERROR' && !options.exposeInternals) {
      options.logger.error({ error: formatted.message }, 'internal error at the gateway');
      return {
        ...base,
        message: 'Erreur interne du serveur. Réessayez plus tard.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    const translated = translateGraphQLMessage(formatted.message);
    return {
      ...base,
      message: translated?.message ?? formatted.message,
      extensions: {
        ...extensions,
        ...(translated?.field && extensions.field === undefined ? { field: translated.field } : {}),
        ...keepServiceName,
        ...keepStack,
      },
    };
  };
}
