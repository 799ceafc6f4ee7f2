import { useMutation, useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCodeOf, reportOf } from '../common/errors';
import { administrationName, formatDate, MISSION_STATUS_LABELS, UNAVAILABLE } from '../common/labels';
import { MissionBadges, MissionBody, MissionUnavailable } from '../common/MissionContent';
import { Page } from '../common/Page';
import { RefusalAlert, type Refusal } from '../common/states';
import { refusalTitle } from '../host/mission-errors';
import { RequireRole } from '../host/RequireRole';
import {
  ModerationMissionQuery,
  ModerationQueueQuery,
  PublishMissionMutation,
  ReturnMissionToDraftMutation,
} from './moderation.operations';
import { waitingSince } from './waiting';

const REASON_MAX = 1000;

function reasonProblem(reason: string): string | null {
  const length = reason.trim().length;
  if (length === 0)
    return 'Le motif du renvoi en brouillon est obligatoire : dites au porteur quoi corriger.';
  if (length > REASON_MAX)
    return `${length - REASON_MAX} caractère${length - REASON_MAX > 1 ? 's' : ''} de trop : le motif compte au plus 1 000 caractères.`;
  return null;
}

/** One submitted mission as the programme team reads it, with publish and return to draft. */
export function ModerationMissionPage() {
  const { id = '' } = useParams();
  return <RequireRole role="ADMIN">{() => <ModeratedMission id={id} />}</RequireRole>;
}

function ModeratedMission({ id }: { id: string }) {
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(ModerationMissionQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const refetch = { refetchQueries: [ModerationQueueQuery] };
  const [publish, publishing] = useMutation(PublishMissionMutation, refetch);
  const [returnToDraft, returning] = useMutation(ReturnMissionToDraftMutation, refetch);
  const [returnOpen, setReturnOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [serverReason, setServerReason] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const now = useMemo(() => new Date(), []);
  const mission = data?.mission;

  if ((loading && !data) || !mission) {
    return (
      <MissionUnavailable
        loading={loading && !data}
        loadingTitle="Modération"
        error={error}
        notFound="Cette mission n’existe pas."
        back={{ to: '/moderation', label: 'Retour à la file de modération' }}
      />
    );
  }

  const refused = (caught: unknown) => {
    const report = reportOf(caught);
    if (report.fields.reason) {
      setServerReason(report.fields.reason);
      return;
    }
    setRefusal({
      title: refusalTitle(errorCodeOf(caught)),
      message: [...report.general, ...Object.values(report.fields)].join(' '),
    });
  };

  const onPublish = async () => {
    setRefusal(null);
    try {
      await publish({ variables: { id: mission.id } });
      void navigate('/moderation', {
        state: { notice: `« ${mission.title} » est publiée : les agents peuvent y candidater.` },
      });
    } catch (caught) {
      refused(caught);
    }
  };

  const problem = reasonProblem(reason);
  const reasonMessage = (touched ? problem : null) ?? serverReason;
  const onReturn = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setRefusal(null);
    if (problem) {
      document.getElementById('return-reason')?.focus();
      return;
    }
    try {
      await returnToDraft({ variables: { id: mission.id, reason: reason.trim() } });
      void navigate('/moderation', {
        state: { notice: `« ${mission.title} » est renvoyée en brouillon ; son porteur lit votre motif.` },
      });
    } catch (caught) {
      refused(caught);
    }
  };

  const waited = waitingSince(mission.updatedAt, now);
  const pending = mission.status === 'SUBMITTED';
  return (
    <>
      <div className="fr-container">
        <Breadcrumb
          currentPageLabel={mission.title}
          homeLinkProps={{ to: '/' }}
          segments={[{ label: 'Modération', linkProps: { to: '/moderation' } }]}
        />
      </div>
      <Page title={mission.title} lead={administrationName(mission.hostAdministration)}>
        <MissionBadges
          mission={mission}
          before={
            <>
              <li>
                <Badge severity={pending ? 'new' : 'info'}>{MISSION_STATUS_LABELS[mission.status]}</Badge>
              </li>
              {pending ? (
                <li>
                  <Badge severity={waited.severity}>{waited.label}</Badge>
                </li>
              ) : null}
            </>
          }
        />
        <MissionBody mission={mission} skillsHeading="Compétences demandées" places={mission.seats}>
          <dt>Ouverte à</dt>
          <dd>
            {mission.restrictedTo === null || mission.restrictedTo === undefined
              ? UNAVAILABLE
              : mission.restrictedTo.length === 0
                ? 'Toutes les administrations'
                : mission.restrictedTo.map((a) => a.name).join(', ')}
          </dd>
          <dt>Créée le</dt>
          <dd>{formatDate(mission.createdAt)}</dd>
        </MissionBody>
        <RefusalAlert refusal={refusal} className={fr.cx('fr-my-3w')} />
        {pending ? (
          <section aria-labelledby="decision-title" className={fr.cx('fr-mt-4w')}>
            <h2 id="decision-title">Votre décision</h2>
            <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--icon-left')}>
              <li>
                <Button
                  type="button"
                  iconId="fr-icon-checkbox-circle-line"
                  disabled={publishing.loading || returning.loading}
                  onClick={() => void onPublish()}
                >
                  Publier la mission
                </Button>
              </li>
              <li>
                <Button
                  type="button"
                  priority="secondary"
                  iconId="fr-icon-arrow-go-back-line"
                  aria-expanded={returnOpen}
                  aria-controls="return-form"
                  onClick={() => setReturnOpen((open) => !open)}
                >
                  Renvoyer en brouillon
                </Button>
              </li>
            </ul>
            {returnOpen ? (
              <form id="return-form" onSubmit={onReturn} noValidate className="profile-section">
                <Input
                  label="Motif du renvoi"
                  hintText={`Ce que le porteur doit corriger avant de soumettre à nouveau (${REASON_MAX.toLocaleString('fr-FR')} caractères au plus).`}
                  textArea
                  state={reasonMessage ? 'error' : 'default'}
                  stateRelatedMessage={reasonMessage ?? undefined}
                  nativeTextAreaProps={{
                    id: 'return-reason',
                    rows: 4,
                    value: reason,
                    onChange: (event) => {
                      setReason(event.target.value);
                      setTouched(true);
                      setServerReason(null);
                    },
                  }}
                />
                <Button type="submit" priority="secondary" disabled={returning.loading}>
                  Confirmer le renvoi en brouillon
                </Button>
              </form>
            ) : null}
          </section>
        ) : (
          <Alert
            severity="info"
            small
            className={fr.cx('fr-mt-4w')}
            description={`Cette mission n’attend plus de modération : elle est ${MISSION_STATUS_LABELS[mission.status].toLowerCase()}.`}
          />
        )}
        <p className={fr.cx('fr-mt-4w')}>
          <Link to="/moderation">Retour à la file de modération</Link>
        </p>
      </Page>
    </>
  );
}
