import { useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorCodeOf } from '../common/errors';
import { UNAVAILABLE } from '../common/labels';
import { Page } from '../common/Page';
import { Loading, QueryError } from '../common/states';
import { useMenuSection } from '../layout/menu-section';
import { RequireAgent } from '../session/RequireAgent';
import { AgreementSection } from './AgreementSection';
import { CompletionSection } from './CompletionSection';
import type { AgreementParty } from '../gql/graphql';
import { ApplicationOutcomesQuery } from './outcomes.operations';
import './outcomes.css';

/**
 * « Convention et réalisation » of an accepted application, for its three parties (the agent,
 * the manager who released the time, the host administration) and the programme team.
 */
export function OutcomesPage() {
  return (
    <Page title="Convention et réalisation de la mission">
      <RequireAgent>{(agent) => <Outcomes viewerId={agent.id} />}</RequireAgent>
    </Page>
  );
}

function Outcomes({ viewerId }: { viewerId: string }) {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ApplicationOutcomesQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [notice, setNotice] = useState<string | null>(null);
  const application = data?.application;
  useMenuSection(
    application
      ? menuSectionOf(application.agreement?.myParties ?? [], application.agent?.id === viewerId)
      : undefined,
  );
  if (loading && !data) return <Loading label="Chargement de la convention…" />;
  if (!application) {
    if (errorCodeOf(error) === 'NOT_FOUND' || (!error && data)) {
      return (
        <Alert
          severity="warning"
          title="Candidature introuvable"
          description="Cette candidature n’existe pas, ou elle ne vous concerne pas : seuls l’agent, son supérieur hiérarchique, l’administration d’accueil et l’équipe du programme la voient."
        />
      );
    }
    return <QueryError error={error} title="La convention n’a pas pu être chargée" />;
  }
  const mission = application.mission;
  const agreement = application.agreement;
  const completion = agreement ? (
    <CompletionSection application={application} agreement={agreement} onDone={done} />
  ) : null;
  function done(message: string) {
    setNotice(message);
    void refetch();
  }
  return (
    <>
      <p className={fr.cx('fr-text--lead')} data-testid="outcomes-mission">
        {mission ? <Link to={`/missions/${mission.id}`}>{mission.title}</Link> : `Mission ${UNAVAILABLE}`}
        {' — '}
        {application.agent?.displayName ?? `Agent ${UNAVAILABLE}`}
      </p>
      <div role="status" aria-live="polite" data-testid="outcomes-notice">
        {notice ? (
          <Alert
            severity="success"
            small
            description={notice}
            closable
            onClose={() => setNotice(null)}
            className={fr.cx('fr-mb-3w')}
          />
        ) : null}
      </div>
      {agreement ? (
        <>
          {/* Once the mission is done, what matters first is the hours and the attestation. */}
          {application.status === 'COMPLETED' ? completion : null}
          <AgreementSection
            agreement={agreement}
            accepted={application.status === 'ACCEPTED'}
            onDone={done}
            refresh={() => void refetch()}
          />
          {application.status === 'COMPLETED' ? null : completion}
        </>
      ) : (
        <Alert
          severity="info"
          title="Pas encore de convention"
          description="La convention de mission est établie quand le porteur accepte la candidature, après l’accord du supérieur hiérarchique."
        />
      )}
    </>
  );
}

/**
 * The menu entry of the agreement for the person reading it: the agent's own applications, the
 * manager's team, the host's received applications; none for the programme team. A manager who is
 * also a référent of the host administration (the demo's Jean-Marc Denis) reads it as the agent's
 * manager: their team is the personal tie, and where they reach the agreement from.
 */
function menuSectionOf(parties: readonly AgreementParty[], isApplicant: boolean): string | null {
  if (isApplicant || parties.includes('AGENT')) return '/candidatures';
  if (parties.includes('HOME')) return '/equipe';
  if (parties.includes('HOST')) return '/porteur/candidatures';
  return null;
}
