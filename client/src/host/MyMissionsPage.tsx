import { useMutation, useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { formatDate, MISSION_STATUS_LABELS, seatsLabel } from '../common/labels';
import { Page } from '../common/Page';
import { ClosableNotice, Loading, QueryError, RefusalAlert, type Refusal } from '../common/states';
import type { HostMissionsQuery as HostMissionsData, MissionStatus } from '../gql/graphql';
import {
  CancelMissionMutation,
  CloseMissionMutation,
  HostMissionsQuery,
  MarkMissionFilledMutation,
  MissionFormOptionsQuery,
  SubmitMissionMutation,
} from './host.operations';
import { missionErrorsOf, refusalTitle } from './mission-errors';
import type { Roles } from './roles';
import { RequireRole } from './RequireRole';
import './host.css';

type HostMission = NonNullable<HostMissionsData['missions']>['nodes'][number];
type Action = 'submit' | 'cancel' | 'close' | 'markFilled';

const GROUPS: ReadonlyArray<{ status: MissionStatus; title: string }> = [
  { status: 'DRAFT', title: 'Brouillons' },
  { status: 'SUBMITTED', title: 'En modération' },
  { status: 'PUBLISHED', title: 'Publiées' },
  { status: 'FILLED', title: 'Pourvues' },
  { status: 'CLOSED', title: 'Clôturées' },
  { status: 'CANCELLED', title: 'Annulées' },
];

const BADGE: Record<MissionStatus, 'success' | 'info' | 'warning' | 'new' | 'error'> = {
  DRAFT: 'info',
  SUBMITTED: 'new',
  PUBLISHED: 'success',
  FILLED: 'success',
  CLOSED: 'warning',
  CANCELLED: 'error',
};

/** Which lifecycle actions each status offers (the server decides again, and says why not). */
const ACTIONS: Record<MissionStatus, readonly Action[]> = {
  DRAFT: ['submit', 'cancel'],
  SUBMITTED: ['cancel'],
  PUBLISHED: ['markFilled', 'close', 'cancel'],
  FILLED: ['close'],
  CLOSED: [],
  CANCELLED: [],
};

const ACTION_TEXT: Record<
  Action,
  { label: string; confirm?: string; confirmLabel?: string; done: (title: string) => string }
> = {
  submit: {
    label: 'Soumettre à la modération',
    done: (title) => `La mission « ${title} » est soumise à la modération de l’équipe du programme.`,
  },
  cancel: {
    label: 'Annuler la mission',
    confirm: 'Annuler la mission la retire définitivement : les agents ne pourront plus y candidater.',
    confirmLabel: 'Confirmer l’annulation',
    done: (title) => `La mission « ${title} » est annulée.`,
  },
  close: {
    label: 'Clôturer',
    confirm: 'Clôturer la mission met fin aux candidatures ; elle reste visible comme clôturée.',
    confirmLabel: 'Confirmer la clôture',
    done: (title) => `La mission « ${title} » est clôturée.`,
  },
  markFilled: {
    label: 'Déclarer pourvue',
    confirm: 'Une mission pourvue ne reçoit plus de candidatures.',
    confirmLabel: 'Confirmer : la mission est pourvue',
    done: (title) => `La mission « ${title} » est déclarée pourvue.`,
  },
};

export function MyMissionsPage() {
  return (
    <Page title="Mes missions" lead="Les missions de votre administration, de la rédaction à la clôture.">
      <RequireRole role="HOST">{(_agent, roles) => <HostMissions roles={roles} />}</RequireRole>
    </Page>
  );
}

function HostMissions({ roles }: { roles: Roles }) {
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  // What the page arrived with (a notice, the mission just saved), kept once: a reload shows it no more.
  const [arrival] = useState(
    () => (location.state ?? null) as { notice?: string; missionId?: string } | null,
  );
  useEffect(() => {
    if (location.state) void navigate(location.pathname + location.search, { replace: true, state: null });
  }, [location, navigate]);
  const administrationId =
    roles.hostOf.find((id) => id === search.get('administration')) ?? roles.hostOf[0] ?? '';
  const { data, loading, error, refetch } = useQuery(HostMissionsQuery, {
    variables: { administrationId },
    fetchPolicy: 'cache-and-network',
  });
  const names = useQuery(MissionFormOptionsQuery, { skip: roles.hostOf.length < 2 });
  const [notice, setNotice] = useState<string | null>(arrival?.notice ?? null);

  const missions = data?.missions?.nodes ?? [];
  return (
    <>
      <div className={fr.cx('fr-mb-4w')}>
        <Button linkProps={{ to: '/porteur/missions/nouvelle' }} iconId="fr-icon-add-line">
          Publier une mission
        </Button>
      </div>
      {roles.hostOf.length > 1 ? (
        <Select
          label="Administration"
          nativeSelectProps={{
            value: administrationId,
            onChange: (event) => setSearch({ administration: event.target.value }),
          }}
        >
          {roles.hostOf.map((id) => (
            <option key={id} value={id}>
              {names.data?.administrations?.find((a) => a.id === id)?.name ?? id}
            </option>
          ))}
        </Select>
      ) : null}
      <ClosableNotice notice={notice} onClose={() => setNotice(null)} />
      {loading && !data ? <Loading /> : null}
      {error && !data?.missions ? <QueryError error={error} /> : null}
      {data?.missions && missions.length === 0 ? (
        <p>
          Votre administration n’a pas encore de mission.{' '}
          <Link to="/porteur/missions/nouvelle">Publiez la première</Link> : quelques minutes suffisent.
        </p>
      ) : null}
      {missions.length > 0 ? (
        <nav aria-label="Statuts" className={fr.cx('fr-mb-3w')}>
          <ul className="status-summary">
            {GROUPS.map((group) => {
              const count = missions.filter((m) => m.status === group.status).length;
              return count > 0 ? (
                <li key={group.status}>
                  <a href={`#statut-${group.status}`}>
                    {group.title} ({count})
                  </a>
                </li>
              ) : null;
            })}
          </ul>
        </nav>
      ) : null}
      {GROUPS.map((group) => {
        const members = missions.filter((m) => m.status === group.status);
        if (members.length === 0) return null;
        return (
          <section key={group.status} aria-labelledby={`statut-${group.status}`}>
            <h2 id={`statut-${group.status}`} tabIndex={-1}>
              {group.title} <span className={fr.cx('fr-text--md')}>({members.length})</span>
            </h2>
            <ul className="mission-list" data-testid={`missions-${group.status}`}>
              {members.map((mission) => (
                <HostMissionCard
                  key={mission.id}
                  mission={mission}
                  highlighted={mission.id === arrival?.missionId}
                  onDone={(message) => {
                    setNotice(message);
                    void refetch();
                  }}
                  onRefused={() => void refetch()}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function HostMissionCard({
  mission,
  highlighted,
  onDone,
  onRefused,
}: {
  mission: HostMission;
  highlighted: boolean;
  onDone(message: string): void;
  onRefused(): void;
}) {
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [submit, submitState] = useMutation(SubmitMissionMutation);
  const [cancel, cancelState] = useMutation(CancelMissionMutation);
  const [close, closeState] = useMutation(CloseMissionMutation);
  const [markFilled, filledState] = useMutation(MarkMissionFilledMutation);
  const busy = submitState.loading || cancelState.loading || closeState.loading || filledState.loading;
  const run: Record<Action, () => Promise<unknown>> = {
    submit: () => submit({ variables: { id: mission.id } }),
    cancel: () => cancel({ variables: { id: mission.id } }),
    close: () => close({ variables: { id: mission.id } }),
    markFilled: () => markFilled({ variables: { id: mission.id } }),
  };
  const headingId = `mission-${mission.id}`;

  const act = async (action: Action) => {
    setRefusal(null);
    if (ACTION_TEXT[action].confirm && confirming !== action) {
      setConfirming(action);
      return;
    }
    setConfirming(null);
    try {
      await run[action]();
      onDone(ACTION_TEXT[action].done(mission.title));
    } catch (error) {
      const report = missionErrorsOf(error);
      setRefusal({
        title: refusalTitle(report.code),
        message: [...report.general, ...Object.values(report.fields)].join(' '),
      });
      // The list shows where the mission stands now, as the message does.
      onRefused();
    }
  };

  const visibleToAgents = mission.status !== 'DRAFT' && mission.status !== 'SUBMITTED';
  return (
    <li
      className={fr.cx('fr-card', 'fr-p-3w', 'fr-mb-3w')}
      aria-labelledby={headingId}
      data-highlighted={highlighted || undefined}
    >
      <h3 id={headingId} className={fr.cx('fr-h5', 'fr-mb-1w')}>
        {visibleToAgents && mission.publishedAt ? (
          <Link to={`/missions/${mission.id}`}>{mission.title}</Link>
        ) : (
          mission.title
        )}
      </h3>
      <ul className={fr.cx('fr-badges-group', 'fr-mb-1w')}>
        <li>
          <Badge severity={BADGE[mission.status]}>{MISSION_STATUS_LABELS[mission.status]}</Badge>
        </li>
        <li>
          <Badge noIcon>{mission.kindLabel}</Badge>
        </li>
      </ul>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
        {mission.effortHours} h, du {formatDate(mission.startDate)} au {formatDate(mission.endDate)} ·
        candidatures jusqu’au {formatDate(mission.applicationDeadline)} ·{' '}
        {mission.status === 'PUBLISHED'
          ? `${seatsLabel(mission.seatsRemaining)} sur ${mission.seats}`
          : `${mission.seats} place${mission.seats > 1 ? 's' : ''}`}
      </p>
      <p className={fr.cx('fr-text--xs', 'fr-mb-2w')}>
        {mission.publishedAt
          ? `Publiée le ${formatDate(mission.publishedAt)}`
          : `Créée le ${formatDate(mission.createdAt)}`}{' '}
        · modifiée le {formatDate(mission.updatedAt)}
      </p>
      {mission.status === 'DRAFT' && mission.returnReason ? (
        <Alert
          severity="warning"
          small
          className={fr.cx('fr-mb-2w')}
          description={`Renvoyée en brouillon par l’équipe du programme. Motif : ${mission.returnReason}`}
        />
      ) : null}
      <RefusalAlert refusal={refusal} className={fr.cx('fr-mb-2w')} />
      {confirming && ACTION_TEXT[confirming].confirm ? (
        <p className={fr.cx('fr-mb-1w')}>{ACTION_TEXT[confirming].confirm}</p>
      ) : null}
      <ul
        className={fr.cx(
          'fr-btns-group',
          'fr-btns-group--inline-md',
          'fr-btns-group--sm',
          'fr-btns-group--icon-left',
        )}
      >
        {mission.status === 'DRAFT' || mission.status === 'SUBMITTED' ? (
          <li>
            <Button
              priority="secondary"
              iconId="fr-icon-edit-line"
              linkProps={{ to: `/porteur/missions/${mission.id}/modifier`, 'aria-describedby': headingId }}
            >
              Modifier
            </Button>
          </li>
        ) : null}
        {visibleToAgents && mission.status !== 'CANCELLED' ? (
          <li>
            <Button
              priority="secondary"
              iconId="fr-icon-team-line"
              linkProps={{ to: `/porteur/candidatures/${mission.id}`, 'aria-describedby': headingId }}
            >
              Candidatures
            </Button>
          </li>
        ) : null}
        {ACTIONS[mission.status].map((action) => (
          <li key={action}>
            <Button
              type="button"
              priority={action === 'submit' || confirming === action ? 'primary' : 'secondary'}
              disabled={busy}
              aria-describedby={headingId}
              onClick={() => void act(action)}
            >
              {confirming === action ? ACTION_TEXT[action].confirmLabel : ACTION_TEXT[action].label}
            </Button>
          </li>
        ))}
        {confirming ? (
          <li>
            <Button type="button" priority="tertiary" onClick={() => setConfirming(null)}>
              Ne rien changer
            </Button>
          </li>
        ) : null}
        <li>
          <Button
            priority="tertiary"
            iconId="fr-icon-file-add-line"
            linkProps={{
              to: `/porteur/missions/nouvelle?depuis=${mission.id}`,
              'aria-describedby': headingId,
            }}
          >
            Dupliquer
          </Button>
        </li>
      </ul>
    </li>
  );
}
