import { useEffect, useState } from 'react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useDashboardClient } from '../dashboard-client';
import { subscribeResumably, type LiveStatus } from '../feed/resumable';

/**
 * Follows a subscription whose events only say « something changed »: each one runs `onChange`
 * (the screen reads its list again). Resumes after drops with the last cursor, as the feed does.
 */
export function useLiveRefresh<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: (after: string | null) => TVariables,
  cursorOf: (data: TData) => string | null | undefined,
  onChange: () => void,
): LiveStatus {
  const { apollo } = useDashboardClient();
  const [status, setStatus] = useState<LiveStatus>({ kind: 'off' });
  useEffect(
    () =>
      subscribeResumably({
        apollo,
        query,
        variables,
        cursorOf,
        onEvent: () => onChange(),
        onStatus: setStatus,
      }),
    // The callers pass stable functions (module-level or useCallback).
    [apollo, query, variables, cursorOf, onChange],
  );
  return status;
}
