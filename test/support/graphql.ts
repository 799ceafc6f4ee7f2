export interface GraphQLResponse<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: Array<{
    message: string;
    path?: ReadonlyArray<string | number>;
    extensions?: Record<string, unknown> & { code?: string; field?: string };
  }>;
}

/** Talks to a GraphQL endpoint exactly as a client would: JSON over HTTP POST. */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLResponse<TData>;
  } catch {
    throw new Error(`Réponse non JSON (${response.status}) : ${text.slice(0, 500)}`);
  }
}

/** The data of an answer a test's own step needs: no error, and data there. */
export function dataOf<TData>(answer: GraphQLResponse<TData>): TData {
  expect(answer.errors).toBeUndefined();
  if (!answer.data) throw new Error('réponse vide');
  return answer.data;
}
