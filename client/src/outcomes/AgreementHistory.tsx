import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { formatDate, formatDateTime } from '../common/labels';
import type { AgreementFieldsFragment } from '../gql/graphql';
import { PARTIES, PARTY_LABELS } from './outcome-rules';

type AgreementVersion = AgreementFieldsFragment['versions'][number];

function period(version: AgreementVersion): string {
  return version.startDate
    ? `du ${formatDate(version.startDate)} au ${formatDate(version.endDate)}`
    : 'dates non fixées';
}

/**
 * « Historique des versions »: every version of the agreement, newest first, with its terms, who made
 * it and when, and which party took it into account when. A party that never acknowledged a version
 * since replaced no longer will: it reads « Non prise en compte », not « En attente ».
 */
export function AgreementHistory({ agreement }: { agreement: AgreementFieldsFragment }) {
  const count = agreement.versions.length;
  return (
    <Accordion label={`Historique des versions (${count})`} className={fr.cx('fr-mb-3w')}>
      {count > 1 ? (
        <p className={fr.cx('fr-text--sm')}>
          La convention a été modifiée {count - 1 === 1 ? 'une fois' : `${count - 1} fois`} : chaque partie
          prend en compte la version en cours, la version {agreement.version}.
        </p>
      ) : null}
      <div className={fr.cx('fr-table', 'fr-table--no-scroll')}>
        <table data-testid="agreement-versions">
          <caption>Versions de la convention, la plus récente d’abord</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Heures convenues</th>
              <th scope="col">Période</th>
              <th scope="col">Établie</th>
              <th scope="col">Prise en compte</th>
            </tr>
          </thead>
          <tbody>
            {agreement.versions.map((version) => {
              const current = version.version === agreement.version;
              const acknowledged = new Map(version.acknowledgements.map((ack) => [ack.party, ack]));
              return (
                <tr key={version.version}>
                  <th scope="row">
                    Version {version.version}
                    {current ? ' (en cours)' : ''}
                  </th>
                  <td>{version.hours} h</td>
                  <td>{period(version)}</td>
                  <td>
                    {version.createdBy ? `par ${version.createdBy.displayName}, ` : ''}
                    le {formatDateTime(version.createdAt)}
                  </td>
                  <td>
                    <ul className="agreement-history-acks">
                      {PARTIES.map((party) => {
                        const ack = acknowledged.get(party);
                        return (
                          <li key={party}>
                            {PARTY_LABELS[party]} :{' '}
                            {ack
                              ? `${ack.agent.displayName}, le ${formatDateTime(ack.acknowledgedAt)}`
                              : current
                                ? 'en attente'
                                : 'non prise en compte'}
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Accordion>
  );
}
