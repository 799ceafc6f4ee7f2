import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useSocketState } from '../dashboard-client';
import { connectionLabel } from '../feed/ConnectionState';
import type { LiveStatus } from '../feed/resumable';

/** Whether the list updates by itself, in words (not colour alone), as the feed says it. */
export function LiveBadge({ status, testId }: { status: LiveStatus; testId: string }) {
  const socket = useSocketState();
  const { text, severity } = connectionLabel(status, socket);
  return (
    <div className="fr-mb-2w" data-testid={testId} data-state={severity}>
      <span className="fr-sr-only">Mises à jour en direct : </span>
      <Badge severity={severity} small>
        {text}
      </Badge>
    </div>
  );
}
