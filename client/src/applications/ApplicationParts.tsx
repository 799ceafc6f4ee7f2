import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import type { ApplicationStatus, DecisionReason } from '../gql/graphql';

/**
 * Why an application stopped, when a reason was given: in the reader's words (the agent's own or the
 * decider's `labels`), with the free text after it.
 */
export function ReasonLine({
  application,
  labels,
}: {
  application: { reason?: DecisionReason | null; reasonText?: string | null };
  labels: Record<DecisionReason, string>;
}) {
  if (!application.reason) return null;
  return (
    <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
      Motif : {labels[application.reason]}
      {application.reasonText ? ` — ${application.reasonText}` : ''}
    </p>
  );
}

/** The way to an accepted application's agreement; `of` says whose, for a screen reader in a list. */
export function AgreementLink({
  application,
  of,
}: {
  application: { id: string; status: ApplicationStatus };
  of: string;
}) {
  if (application.status !== 'ACCEPTED' && application.status !== 'COMPLETED') return null;
  return (
    <p className={fr.cx('fr-mb-1w')}>
      <Link to={`/candidatures/${application.id}/convention`}>
        Convention et réalisation<span className="fr-sr-only"> de {of}</span>
      </Link>
    </p>
  );
}
