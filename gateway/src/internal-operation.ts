import type { ApolloServer, BaseContext } from '@apollo/server';
import type { Request, Response } from 'express';
import type { Logger } from '@talents/platform';
import { AuthenticationError, type Authenticator } from './auth/authenticate';
import { ANONYMOUS, type Principal } from './auth/principal';

/** What a router of plain pages needs to run operations as the person asking. */
export interface PlainPageDeps<TContext extends BaseContext> {
  authenticator: Authenticator;
  apollo: ApolloServer<TContext>;
  contextFor(principal: Principal, requestId: string): TContext;
  logger: Logger;
}

/** An operation's data and its first error, as the gateway's plain pages need them. */
export type OperationRunner = <T>(
  query: string,
  variables: Record<string, unknown>,
) => Promise<{ data: T | null; error: { message: string; code: string } | null }>;

/**
 * Runs operations for a plain page (the one-click decision links, the PDF documents) through the
 * gateway's own plan, as the person the request comes from — anonymous when their session is
 * missing or no longer valid — so the subgraphs' access rules decide, as for any operation.
 */
export async function operationRunnerFor<TContext extends BaseContext>(
  deps: Omit<PlainPageDeps<TContext>, 'logger'>,
  req: Request,
  res: Response,
  requestId: string,
): Promise<OperationRunner> {
  let principal: Principal = ANONYMOUS;
  try {
    principal = await deps.authenticator.principalOf(req, res);
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
  }
  return async (query, variables) => {
    const response = await deps.apollo.executeOperation(
      { query, variables },
      { contextValue: deps.contextFor(principal, requestId) },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    const first = result?.errors?.[0];
    return {
      data: (result?.data ?? null) as never,
      error: first
        ? { message: first.message, code: String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR') }
        : null,
    };
  };
}
