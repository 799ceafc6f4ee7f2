import { useMutation } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Fragment, useState } from 'react';
import { administrationName, formatDate, formatDateTime } from '../common/labels';
import type { AgreementFieldsFragment } from '../gql/graphql';
import { hasRole, useRoles } from '../host/roles';
import { AgreementHistory } from './AgreementHistory';
import { AmendForm } from './AmendForm';
import { AcknowledgeAgreementMutation } from './outcomes.operations';
import { actionProblemOf, PARTIES, PARTY_LABELS, type ActionProblem } from './outcome-rules';
import { ProblemAlert } from './ProblemAlert';

/**
 * The agreement: its current terms, the parties, who acknowledged this version, the history of its
 * versions, and the actions.
 */
export function AgreementSection({
  agreement,
  accepted,
  onDone,
  refresh,
}: {
  agreement: AgreementFieldsFragment;
  /** The application is still ACCEPTED (not completed): the agreement may still change. */
  accepted: boolean;
  onDone(message: string): void;
  refresh(): void;
}) {
  const roles = useRoles();
  const [acknowledge, acknowledging] = useMutation(AcknowledgeAgreementMutation);
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const [amending, setAmending] = useState(false);
  const acknowledged = new Map(agreement.acknowledgements.map((ack) => [ack.party, ack]));
  const mine = agreement.myParties.filter((party) => !acknowledged.has(party));
  const mayAmend = accepted && (agreement.myParties.includes('HOST') || hasRole(roles, 'ADMIN'));
  const partyNames: Record<string, string> = {
    AGENT: agreement.agent.displayName,
    HOME: `${administrationName(agreement.homeAdministration)}${agreement.releasedBy ? `, par ${agreement.releasedBy.displayName}` : ''}`,
    HOST: `${administrationName(agreement.hostAdministration)}${agreement.hostContact ? `, contact : ${agreement.hostContact.displayName}` : ''}`,
  };

  const failed = (error: unknown) => {
    const next = actionProblemOf(error);
    setProblem(next);
    if (next.stale) refresh();
  };

  return (
    <section aria-labelledby="agreement-title" className={fr.cx('fr-mb-6w')} data-testid="agreement">
      <h2 id="agreement-title">Convention de mission — version {agreement.version}</h2>
      <div className={fr.cx('fr-mb-2w')}>
        {agreement.acknowledgedByAll ? (
          <Badge severity="success">Prise en compte par les trois parties</Badge>
        ) : (
          <Badge severity="warning">
            {`En attente de ${3 - acknowledged.size} partie${3 - acknowledged.size > 1 ? 's' : ''}`}
          </Badge>
        )}
      </div>
      <h3 className={fr.cx('fr-h6')}>Termes de la version {agreement.version}</h3>
      <dl className="mission-facts facts-in-columns" data-testid="agreement-terms">
        <dt>Heures convenues</dt>
        <dd>{agreement.hours} h</dd>
        <dt>Période</dt>
        <dd>
          {agreement.startDate
            ? `du ${formatDate(agreement.startDate)} au ${formatDate(agreement.endDate)}`
            : 'dates non fixées'}
        </dd>
        {PARTIES.map((party) => (
          <Fragment key={party}>
            <dt>{PARTY_LABELS[party]}</dt>
            <dd>{partyNames[party]}</dd>
          </Fragment>
        ))}
        <dt>Convention établie le</dt>
        <dd>{formatDate(agreement.createdAt)}</dd>
      </dl>
      <p className={fr.cx('fr-mt-2w')}>
        <a
          className={fr.cx('fr-link', 'fr-link--download')}
          href={agreement.documentUrl}
          download
          data-testid="agreement-pdf"
        >
          Télécharger la convention (version {agreement.version})
          <span className={fr.cx('fr-link__detail')}>PDF</span>
        </a>
      </p>

      <div className={fr.cx('fr-table', 'fr-table--no-scroll')}>
        <table data-testid="agreement-acknowledgements">
          <caption>Prise en compte de la version {agreement.version}, par partie</caption>
          <thead>
            <tr>
              <th scope="col">Partie</th>
              <th scope="col">Par</th>
              <th scope="col">Date</th>
            </tr>
          </thead>
          <tbody>
            {PARTIES.map((party) => {
              const ack = acknowledged.get(party);
              return (
                <tr key={party}>
                  <th scope="row">{PARTY_LABELS[party]}</th>
                  <td>{ack ? ack.agent.displayName : 'En attente'}</td>
                  <td>{ack ? formatDateTime(ack.acknowledgedAt) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {problem ? <ProblemAlert problem={problem} /> : null}
      {mine.length > 0 ? (
        <div className={fr.cx('fr-mb-3w')}>
          <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
            Vous agissez pour : {mine.map((party) => PARTY_LABELS[party].toLowerCase()).join(', ')}.
          </p>
          <Button
            iconId="fr-icon-check-line"
            disabled={acknowledging.loading}
            onClick={() => {
              setProblem(null);
              acknowledge({ variables: { id: agreement.id, version: agreement.version } }).then(
                () =>
                  onDone(
                    mine.includes('AGENT')
                      ? `Vous avez validé la convention (version ${agreement.version}).`
                      : `Vous avez accusé réception de la convention (version ${agreement.version}).`,
                  ),
                failed,
              );
            }}
          >
            {mine.includes('AGENT')
              ? `Je valide la convention (version ${agreement.version})`
              : `Accuser réception de la convention (version ${agreement.version})`}
          </Button>
        </div>
      ) : agreement.myParties.length > 0 ? (
        <p className={fr.cx('fr-text--sm')}>Vous avez pris en compte la version {agreement.version}.</p>
      ) : null}

      <AgreementHistory agreement={agreement} />

      <Accordion
        label={`Clauses de la convention (${agreement.clauses.length})`}
        className={fr.cx('fr-mb-3w')}
      >
        {agreement.clauses.map((clause) => (
          <Fragment key={clause.title}>
            <h4 className={fr.cx('fr-h6', 'fr-mb-1w')}>{clause.title}</h4>
            <p className={fr.cx('fr-text--sm')}>{clause.text}</p>
          </Fragment>
        ))}
      </Accordion>

      {mayAmend ? (
        amending ? (
          <AmendForm
            agreement={agreement}
            onCancel={() => setAmending(false)}
            onDone={(message) => {
              setAmending(false);
              onDone(message);
            }}
            refresh={refresh}
          />
        ) : (
          <Button priority="secondary" iconId="fr-icon-edit-line" onClick={() => setAmending(true)}>
            Modifier les heures ou les dates
          </Button>
        )
      ) : null}
    </section>
  );
}
