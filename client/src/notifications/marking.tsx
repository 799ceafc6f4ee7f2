import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useCallback, useState } from 'react';
import { markReadProblem } from './kinds';
import { useNotifications } from './NotificationsProvider';

export const ALL_READ = 'Toutes vos notifications sont marquées comme lues.';

export interface Marking {
  /** Marks `ids` (or all) read; says `done` when it is not null, the server's refusal otherwise. */
  mark(ids: readonly string[] | 'all', done: string | null): Promise<void>;
  marking: boolean;
  notice: string | null;
  problem: string | null;
  /** Forgets what the last marking said (the panel opens again). */
  reset(): void;
}

/** Marking notifications read, and what became of it, for the bell's panel and « Mes notifications ». */
export function useMarking(after?: () => void): Marking {
  const { markRead } = useNotifications();
  const [marking, setMarking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const mark = async (ids: readonly string[] | 'all', done: string | null) => {
    setMarking(true);
    setProblem(null);
    try {
      await markRead(ids);
      setNotice(done);
      after?.();
    } catch (error) {
      setNotice(null);
      setProblem(markReadProblem(error));
    } finally {
      setMarking(false);
    }
  };
  const reset = useCallback(() => {
    setNotice(null);
    setProblem(null);
  }, []);
  return { mark, marking, notice, problem, reset };
}

/** What the last marking said: its success announced politely (the region stays), its failure shown. */
export function MarkingFeedback({ marking }: { marking: Marking }) {
  return (
    <>
      <div role="status" aria-live="polite">
        {marking.notice ? (
          <Alert severity="success" small description={marking.notice} className={fr.cx('fr-mb-2w')} />
        ) : null}
      </div>
      {marking.problem ? (
        <Alert severity="error" small description={marking.problem} className={fr.cx('fr-mb-2w')} />
      ) : null}
    </>
  );
}

/**
 * « Tout marquer comme lu » (when there is something to mark), « Toutes mes notifications » (from the
 * panel) and « Préférences de notification »; `onNavigate` closes the panel before a link is followed.
 */
export function NotificationActions({
  marking,
  canMarkAll,
  withAllLink = false,
  onNavigate,
}: {
  marking: Marking;
  canMarkAll: boolean;
  withAllLink?: boolean;
  onNavigate?: () => void;
}) {
  return (
    <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--icon-left')}>
      {canMarkAll ? (
        <li>
          <Button
            priority="secondary"
            iconId="fr-icon-check-line"
            disabled={marking.marking}
            onClick={() => void marking.mark('all', ALL_READ)}
          >
            Tout marquer comme lu
          </Button>
        </li>
      ) : null}
      {withAllLink ? (
        <li>
          <Button
            priority="tertiary"
            iconId="fr-icon-list-unordered"
            linkProps={{ to: '/notifications', onClick: onNavigate }}
          >
            Toutes mes notifications
          </Button>
        </li>
      ) : null}
      <li>
        <Button
          priority="tertiary"
          iconId="fr-icon-settings-5-line"
          linkProps={{ to: '/notifications/preferences', onClick: onNavigate }}
        >
          Préférences de notification
        </Button>
      </li>
    </ul>
  );
}
