import { useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { errorCodeOf } from '../common/errors';
import { Page } from '../common/Page';
import { Loading, QueryError } from '../common/states';
import type { SignedInAgent } from '../session/session';
import { EditableMissionQuery, MissionFormOptionsQuery } from './host.operations';
import { draftFromMission, emptyDraft, isoDate } from './mission-draft';
import { MissionForm } from './MissionForm';
import type { Roles } from './roles';
import { RequireRole } from './RequireRole';

/**
 * `/porteur/missions/nouvelle` (optionally `?depuis=<id>`: a new draft from a past mission) and
 * `/porteur/missions/:id/modifier` (a draft or a mission in moderation).
 */
export function PostMissionPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const from = id ? null : search.get('depuis');
  const title = id ? 'Modifier une mission' : from ? 'Dupliquer une mission' : 'Publier une mission';
  return (
    <>
      <div className="fr-container">
        <Breadcrumb
          currentPageLabel={title}
          homeLinkProps={{ to: '/' }}
          segments={[{ label: 'Mes missions', linkProps: { to: '/porteur/missions' } }]}
        />
      </div>
      <Page
        title={title}
        lead={
          id
            ? undefined
            : 'Quatre étapes : la nature de la mission, le besoin, les compétences et le contact, puis la relecture. L’équipe du programme relit chaque mission avant de la publier.'
        }
      >
        <RequireRole role="HOST">
          {(agent, roles) => (
            <FormLoader
              key={`${id ?? ''}:${from ?? ''}`}
              agent={agent}
              roles={roles}
              missionId={id}
              from={from}
            />
          )}
        </RequireRole>
      </Page>
    </>
  );
}

function FormLoader({
  agent,
  roles,
  missionId,
  from,
}: {
  agent: SignedInAgent;
  roles: Roles;
  missionId?: string;
  from: string | null;
}) {
  const today = useMemo(() => isoDate(new Date()), []);
  const options = useQuery(MissionFormOptionsQuery);
  const sourceId = missionId ?? from;
  const source = useQuery(EditableMissionQuery, {
    variables: { id: sourceId ?? '' },
    skip: !sourceId,
    fetchPolicy: 'network-only',
  });

  if (options.loading || source.loading) return <Loading />;
  const skills = options.data?.skills;
  const administrations = options.data?.administrations;
  if (!skills || !administrations) {
    return <QueryError error={options.error} title="Les référentiels ne sont pas disponibles" />;
  }
  const mission = source.data?.mission;
  if (sourceId && !mission) {
    return (
      <>
        {errorCodeOf(source.error) === 'NOT_FOUND' || !source.error ? (
          <p>Cette mission n’existe pas ou ne vous est pas visible.</p>
        ) : (
          <QueryError error={source.error} />
        )}
        <Link to="/porteur/missions">Retour à mes missions</Link>
      </>
    );
  }
  const defaultHost = roles.hostOf.find((id) => id === agent.administration?.id) ?? roles.hostOf[0] ?? '';
  const common = {
    hostOf: roles.hostOf,
    viewer: agent,
    options: { skills, administrations },
    today,
  };

  if (missionId && mission) {
    if (mission.status !== 'DRAFT' && mission.status !== 'SUBMITTED') {
      return (
        <Alert
          severity="info"
          title="Cette mission ne se modifie plus"
          description={
            <>
              Seule une mission en brouillon ou en modération peut être modifiée. Vous pouvez la{' '}
              <Link to={`/porteur/missions/nouvelle?depuis=${mission.id}`}>dupliquer</Link> en un nouveau
              brouillon.
            </>
          }
        />
      );
    }
    return (
      <>
        {mission.returnReason && mission.status === 'DRAFT' ? (
          <Alert
            severity="warning"
            title="Renvoyée en brouillon par l’équipe du programme"
            description={`Motif : ${mission.returnReason}`}
            className={fr.cx('fr-mb-3w')}
          />
        ) : null}
        <MissionForm
          {...common}
          missionId={mission.id}
          status={mission.status}
          version={mission.version}
          initial={draftFromMission(mission)}
        />
      </>
    );
  }
  if (mission) {
    const initial = draftFromMission(mission, today);
    // A copy is for an administration the host manages, with the host as contact if the source's is elsewhere.
    if (!roles.hostOf.includes(initial.hostAdministrationId)) {
      initial.hostAdministrationId = defaultHost;
      initial.contactAgentId = agent.id;
    }
    return (
      <>
        <Alert
          severity="info"
          small
          className={fr.cx('fr-mb-3w')}
          description={`Nouveau brouillon à partir de « ${mission.title} » : son contenu est repris, et ses dates décalées si elles étaient passées. Vérifiez-les avant d’envoyer.`}
        />
        <MissionForm {...common} initial={initial} />
      </>
    );
  }
  return (
    <MissionForm
      {...common}
      initial={emptyDraft(defaultHost, agent.administration?.id === defaultHost ? agent.id : '')}
    />
  );
}
