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
