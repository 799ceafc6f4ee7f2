import { useQuery } from '@apollo/client';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useDashboardClient } from '../dashboard-client';
import type { SessionQuery as SessionData } from '../gql/graphql';
import { SessionQuery } from './session.operations';

export type SignedInAgent = NonNullable<SessionData['me']>;

export interface Session {
  loading: boolean;
  /** Null for a visitor, or while the session is being read. */
  agent: SignedInAgent | null;
  /** The profiles service could not say who is signed in. */
  failed: boolean;
}

const SessionContext = createContext<Session>({ loading: true, agent: null, failed: false });

export function SessionProvider({ children }: { children: ReactNode }) {
  const { data, loading, error } = useQuery(SessionQuery, { fetchPolicy: 'network-only' });
  const session: Session = { loading, agent: data?.me ?? null, failed: Boolean(error) && !data?.me };
  const client = useDashboardClient();
  useEffect(() => client.markSignedIn(Boolean(session.agent)), [client, session.agent]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}

export { signInHref } from './sign-in';

export async function signOut(): Promise<void> {
  await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin' });
  window.location.assign('/');
}
