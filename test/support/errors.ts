import type { GraphQLResponse } from './graphql';

/** The `extensions.code` of each error of a response, in order: what most refusal checks compare. */
export function errorCodes(response: GraphQLResponse<unknown>): string[] {
  return (response.errors ?? []).map((error) => String(error.extensions?.code));
}
