import type {
  GatewayExecutionResult,
  GatewayExecutor,
  GatewayInterface,
} from '@apollo/server-gateway-interface';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context';
import { millisecondsFrom } from './subscriptions/settings';

/**
 * `OPERATION_TIMEOUT_MS` (default 30 s): how long one HTTP operation may take at the gateway, all
 * its subgraph fetches included. Above `SUBGRAPH_TIMEOUT_MS` (15 s), so that one stalled fetch is
 * answered as the field it costs; this bound is for plans whose fetches add up, one after another.
 */
export function operationTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  return millisecondsFrom(env, 'OPERATION_TIMEOUT_MS', 30_000);
}

/** What a caller reads once the bound has passed: HTTP 504, as a gateway says it waited too long. */
export function operationTimeoutError(timeoutMs: number): GraphQLError {
  const seconds = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(timeoutMs / 1000);
  return new GraphQLError(
    `L’opération a dépassé le délai de ${seconds} s accordé par le hub et a été abandonnée ; réessayez, ou demandez moins de données à la fois. Une écriture a pu avoir lieu : renvoyez-la avec la même clé d’idempotence.`,
    { extensions: { code: 'GATEWAY_TIMEOUT', http: { status: 504 }, timeoutMs } },
  );
}

/**
 * The gateway with a bound on each operation's execution: past `timeoutMs`, the caller gets
 * GATEWAY_TIMEOUT at once and the operation's signal is aborted, so that no further fetch of its
 * plan leaves for a subgraph (ForwardingDataSource checks it). Fetches already sent end on their
 * own bound (`SUBGRAPH_TIMEOUT_MS`); their answers are dropped.
 */
export function withOperationTimeout(gateway: GatewayInterface, timeoutMs: number): GatewayInterface {
  const bounded =
    (executor: GatewayExecutor): GatewayExecutor =>
    async (requestContext) => {
      const controller = new AbortController();
      // The context is the gateway's own object, made per request (gateway.ts): the fetches of this
      // operation, and only them, read this signal.
      (requestContext.context as GatewayContext).signal = controller.signal;
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<GatewayExecutionResult>((resolve) => {
        timer = setTimeout(() => {
          controller.abort();
          resolve({ errors: [operationTimeoutError(timeoutMs)] });
        }, timeoutMs);
      });
      try {
        return await Promise.race([executor(requestContext), expired]);
      } finally {
        clearTimeout(timer);
      }
    };
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    load: async (options) => {
      const loaded = await gateway.load(options);
      return { ...loaded, executor: loaded.executor && bounded(loaded.executor) };
    },
    stop: () => gateway.stop(),
  };
}
