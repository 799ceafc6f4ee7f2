import { ApolloProvider } from '@apollo/client';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { DashboardClient, SocketState } from './apollo';

const DashboardClientContext = createContext<DashboardClient | null>(null);

export function DashboardClientProvider({
  client,
  children,
}: {
  client: DashboardClient;
  children: ReactNode;
}) {
  return (
    <DashboardClientContext.Provider value={client}>
      <ApolloProvider client={client.apollo}>{children}</ApolloProvider>
    </DashboardClientContext.Provider>
  );
}

export function useDashboardClient(): DashboardClient {
  const client = useContext(DashboardClientContext);
  if (!client) throw new Error('DashboardClientProvider manquant');
  return client;
}

/** The graphql-ws socket's state, re-rendering on each change. */
export function useSocketState(): SocketState {
  const client = useDashboardClient();
  return useSyncExternalStore(client.onSocketState, client.socketState);
}
