import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { reportOf } from './errors';

/** A wait, announced to screen readers. */
export function Loading({ label = 'Chargement…' }: { label?: string }) {
  return (
    <p role="status" className="fr-my-2w">
      {label}
    </p>
  );
}

/** A failed query, with the server's message(s) in French. */
export function QueryError({ error, title = 'Le chargement a échoué' }: { error: unknown; title?: string }) {
  const { general, fields } = reportOf(error);
  const messages = [...general, ...Object.values(fields)];
  return <Alert severity="error" title={title} description={messages.join(' ')} className="fr-my-2w" />;
}

/**
 * What the previous screen did (« … est publiée »), announced politely to screen readers, until the
 * person closes it. The live region stays in the page so that a notice set later is read too.
 */
export function ClosableNotice({ notice, onClose }: { notice: string | null; onClose: () => void }) {
  return (
    <div role="status" aria-live="polite">
      {notice ? (
        <Alert
          severity="success"
          small
          description={notice}
          className={fr.cx('fr-mb-3w')}
          closable
          onClose={onClose}
        />
      ) : null}
    </div>
  );
}

/** A refused action, as a title and the server's message. */
export interface Refusal {
  title: string;
  message: string;
}

/**
 * A refused action, announced at once: the alert region stays in the page so that a refusal set
 * into it later is read too.
 */
export function RefusalAlert({ refusal, className }: { refusal: Refusal | null; className: string }) {
  return (
    <div role="alert">
      {refusal ? (
        <Alert severity="error" title={refusal.title} description={refusal.message} className={className} />
      ) : null}
    </div>
  );
}
