import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useSocketState } from '../dashboard-client';
import type { FeedStatus } from './FeedProvider';

/** What the person is told about the live connection (text, not colour alone). */
export function connectionLabel(
  status: FeedStatus,
  socket: string,
): { text: string; severity: 'success' | 'info' | 'warning' | 'error' } {
  switch (status.kind) {
    case 'off':
      return { text: 'Flux arrêté', severity: 'info' };
    case 'refused':
      return { text: 'Flux refusé', severity: 'error' };
    case 'waiting':
      return {
        text: `Connexion perdue — nouvelle tentative dans ${Math.round(status.retryInMs / 1000)} s`,
        severity: 'warning',
      };
    case 'subscribing':
      if (socket === 'connected') return { text: 'En direct', severity: 'success' };
      return { text: status.resuming ? 'Reconnexion…' : 'Connexion…', severity: 'info' };
  }
}

export function ConnectionState({ status }: { status: FeedStatus }) {
  const socket = useSocketState();
  const { text, severity } = connectionLabel(status, socket);
  return (
    <div className="fr-mb-2w" data-testid="feed-connection" data-state={severity}>
      <span className="fr-sr-only">État du flux en direct : </span>
      <Badge severity={severity}>{text}</Badge>
    </div>
  );
}
