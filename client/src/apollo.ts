import { ApolloClient, ApolloLink, from, HttpLink, InMemoryCache, split } from '@apollo/client';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { mergeNotificationPages } from './notifications/cache';
import { signInHref } from './session/sign-in';

/** The socket's state as the person sees it (the feed's connection badge). */
export type SocketState = 'idle' | 'connecting' | 'connected' | 'closed';

type Listener = (state: SocketState) => void;

/** `ws://host/graphql` or `wss://…` beside the page: the gateway reads the session cookie of the upgrade. */
export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

export interface DashboardClient {
  apollo: ApolloClient<unknown>;
  socket: Client;
  /** Current socket state, and a way to follow it (useSyncExternalStore). */
  socketState(): SocketState;
  onSocketState(listener: Listener): () => void;
  /** Told by the session: an UNAUTHENTICATED answer then means the session expired. */
  markSignedIn(signedIn: boolean): void;
}

/** Where an expired session goes: sign in again, then back to the page the person was on. */
function signInAgain(): void {
  const { pathname, search } = window.location;
  window.location.assign(signInHref(pathname + search));
}

/** The hash codegen embedded in each generated document (`persistedDocuments`, codegen.ts). */
function manifestHash(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') {
    throw new Error('Opération absente du manifeste (lancez npm run codegen -w client).');
  }
  return hash;
}

/**
 * The production build sends the hash of each operation, never its text: the gateway runs the
 * text of the manifest it loaded (client/src/gql/persisted-documents.json). No fallback to the
 * text on PERSISTED_QUERY_NOT_FOUND: a build and a gateway that disagree must show, not be papered
 * over (with OPERATION_SAFELIST=all the gateway would refuse that text from people anyway).
 */
const persistedOperations = createPersistedQueryLink({
  generateHash: manifestHash,
  disable: () => false,
  retry: () => false,
});

/**
 * graphql-ws sends the operation's text whatever the link says: for a persisted operation, the
 * socket gets the hash alone (`extensions.persistedQuery`) and an empty `query`, which the
 * gateway's bridge resolves from the manifest as HTTP does.
 */
function hashOnlySocket(socket: Client): Client {
  return {
    ...socket,
    subscribe: (payload, sink) =>
      socket.subscribe(
        payload.extensions && 'persistedQuery' in payload.extensions ? { ...payload, query: '' } : payload,
        sink,
      ),
  };
}

export function createDashboardClient(): DashboardClient {
  let state: SocketState = 'idle';
  const listeners = new Set<Listener>();
  const setState = (next: SocketState) => {
    state = next;
    for (const listener of listeners) listener(next);
  };
  // No retry inside graphql-ws: it would resend each subscription with the variables it started
  // with. The feed resubscribes itself, with `after` set to the last cursor it received.
  const socket = createClient({
    url: graphqlWsUrl(),
    lazy: true,
    retryAttempts: 0,
    keepAlive: 10_000,
    on: {
      connecting: () => setState('connecting'),
      connected: () => setState('connected'),
      closed: () => setState('closed'),
    },
  });
  let signedIn = false;
  let leaving = false;
  // A session that expired shows as UNAUTHENTICATED, or as `me: null`, while the page thinks
  // someone is signed in: back to sign-in, then to this page.
  const expiry = new ApolloLink((operation, forward) =>
    forward(operation).map((result) => {
      const unauthenticated = result.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED');
      const signedOut = result.data !== null && result.data !== undefined && result.data.me === null;
      if (signedIn && (unauthenticated || signedOut) && !leaving) {
        leaving = true;
        signInAgain();
      }
      return result;
    }),
  );
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  // Development (Vite's server) sends the text, so that an operation edited a second ago runs.
  const persisted = import.meta.env.PROD;
  const link = from([
    expiry,
    ...(persisted ? [persistedOperations] : []),
    split(
      ({ query }) => {
        const definition = getMainDefinition(query);
        return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
      },
      new GraphQLWsLink(persisted ? hashOnlySocket(socket) : socket),
      http,
    ),
  ]);
  const apollo = new ApolloClient({
    link,
    cache: new InMemoryCache({
      // Lists are replaced by what the server answers, never merged by guesswork.
      typePolicies: {
        Agent: {
          fields: {
            skills: { merge: false },
            hiddenFromAdministrations: { merge: false },
            notificationPreferences: { merge: false },
            // One entry per page size and filter; « Afficher plus » appends the next page.
            notifications: { keyArgs: ['first', 'unreadOnly'], merge: mergeNotificationPages },
          },
        },
      },
    }),
    defaultOptions: { watchQuery: { errorPolicy: 'all' }, query: { errorPolicy: 'all' } },
  });
  return {
    apollo,
    socket,
    socketState: () => state,
    markSignedIn(value) {
      signedIn = value;
    },
    onSocketState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
