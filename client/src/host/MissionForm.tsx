import { useMutation, useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { Stepper } from '@codegouvfr/react-dsfr/Stepper';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { administrationName } from '../common/labels';
import type { MissionFormOptionsQuery, MissionKind } from '../gql/graphql';
import type { SignedInAgent } from '../session/session';
import { idOf, type FieldKit } from './field-kit';
import {
  AdministrationAgentsQuery,
  CreateMissionMutation,
  HostMissionsQuery,
  SubmitMissionMutation,
  UpdateMissionMutation,
} from './host.operations';
import { KindStep } from './KindStep';
import {
  applyTemplate,
  draftProblems,
  pristine,
  STEPS,
  stepOf,
  toInput,
  type DraftField,
  type MissionDraft,
} from './mission-draft';
import { missionErrorsOf, refusalTitle, type MissionErrors } from './mission-errors';
import { MissionReview } from './MissionReview';
import { NeedStep } from './NeedStep';
import { PeopleStep } from './PeopleStep';
import './host.css';

type Options = Required<{ [K in keyof MissionFormOptionsQuery]: NonNullable<MissionFormOptionsQuery[K]> }>;

export interface MissionFormProps {
  /** Set when editing: the mission is updated instead of created. */
  missionId?: string;
  /** Where the mission stands when editing (a submitted one stays submitted). */
  status?: 'DRAFT' | 'SUBMITTED';
  /** The version read when editing: an edit made meanwhile by someone else is refused, not overwritten. */
  version?: number;
  initial: MissionDraft;
  hostOf: readonly string[];
  viewer: SignedInAgent;
  options: Options;
  today: string;
}

/**
 * « Publier une mission » in four steps (DSFR Stepper): the kind, whose template pre-fills the
 * content; the need and its dates; skills, seats, contact and restrictions; review and send.
 * A field's message shows once it is edited, or once the person tries to go on; the server's
 * BAD_USER_INPUT goes back to the step and field it names.
 */
export function MissionForm({
  missionId,
  status,
  version,
  initial,
  hostOf,
  viewer,
  options,
  today,
}: MissionFormProps) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<MissionDraft>(initial);
  const [step, setStep] = useState(0);
  const [touched, setTouched] = useState<ReadonlySet<DraftField>>(new Set());
  const [server, setServer] = useState<MissionErrors>({ fields: {}, general: [] });
  const [savedId, setSavedId] = useState<string | undefined>(missionId);
  const [savedVersion, setSavedVersion] = useState<number | undefined>(version);
  // One idempotency key per content sent: a retry of the same creation (answer lost) gets the
  // mission made the first time; changed content is a new request with a new key.
  const creation = useRef<{ content: string; key: string } | null>(null);
  const [templateNote, setTemplateNote] = useState<MissionKind | null>(null);
  const [busy, setBusy] = useState(false);
  const stepper = useRef<HTMLDivElement>(null);

  const refetch = { refetchQueries: [HostMissionsQuery], awaitRefetchQueries: false };
  const [createMission] = useMutation(CreateMissionMutation, refetch);
  const [updateMission] = useMutation(UpdateMissionMutation, refetch);
  const [submitMission] = useMutation(SubmitMissionMutation, refetch);
  const agents = useQuery(AdministrationAgentsQuery, {
    variables: { administrationId: draft.hostAdministrationId },
    skip: !draft.hostAdministrationId,
  });

  const skillIds = useMemo(() => new Set(options.skills.map((skill) => skill.id)), [options.skills]);
  const skillById = useMemo(() => new Map(options.skills.map((s) => [s.id, s])), [options.skills]);
  const administrationById = useMemo(
    () => new Map(options.administrations.map((a) => [a.id, a])),
    [options.administrations],
  );
  const problems = draftProblems(draft, today);
  const messageOf = (field: DraftField): string | undefined =>
    (touched.has(field) ? problems[field] : undefined) ?? server.fields[field];
  const stateOf = (field: DraftField) => (messageOf(field) ? ('error' as const) : ('default' as const));

  const change = (fields: readonly DraftField[], next: Partial<MissionDraft>) => {
    setDraft((previous) => ({ ...previous, ...next }));
    setTouched((previous) => new Set([...previous, ...fields]));
    setServer((previous) => {
      const remaining = { ...previous.fields };
      for (const field of fields) delete remaining[field];
      return { ...previous, fields: remaining };
    });
  };

  // Where the focus goes once React has rendered what the last action changed (a step, a message):
  // a frame later is not enough when the change follows a server answer.
  const [focus, setFocus] = useState<{ target: DraftField | 'step' | 'errors'; tick: number } | null>(null);
  useEffect(() => {
    if (!focus) return;
    let element: HTMLElement | null = null;
    if (focus.target === 'step') {
      element = stepper.current?.querySelector<HTMLElement>('h2') ?? null;
      // The step's title takes the focus, so that keyboard and screen reader users start from it.
      element?.setAttribute('tabindex', '-1');
    } else if (focus.target === 'errors') {
      element = document.getElementById('mission-form-errors');
    } else {
      element =
        document.getElementById(idOf(focus.target)) ??
        document.querySelector<HTMLElement>(
          `#${idOf(focus.target)}-group input, #${idOf(focus.target)}-group select`,
        );
    }
    element?.focus();
  }, [focus]);
  const focusOn = (target: DraftField | 'step' | 'errors') =>
    setFocus((previous) => ({ target, tick: (previous?.tick ?? 0) + 1 }));
  const focusField = (field: DraftField) => focusOn(field);
  const goTo = (next: number) => {
    setStep(next);
    focusOn('step');
  };

  const next = () => {
    const fields = STEPS[step]?.fields ?? [];
    setTouched((previous) => new Set([...previous, ...fields]));
    const wrong = fields.find((field) => problems[field] || server.fields[field]);
    if (wrong) {
      focusField(wrong);
      return;
    }
    goTo(step + 1);
  };

  const chooseKind = (kind: MissionKind) => {
    if (pristine(draft)) {
      change(['kind'], applyTemplate(draft, kind, skillIds, today));
      setTemplateNote(kind);
    } else {
      change(['kind'], { kind });
      setTemplateNote(null);
    }
  };

  const send = async (andSubmit: boolean) => {
    const allFields = STEPS.flatMap((s) => s.fields);
    setTouched(new Set(allFields));
    const wrong = allFields.find((field) => problems[field]);
    if (wrong) {
      setStep(stepOf(wrong));
      focusField(wrong);
      return;
    }
    setBusy(true);
    setServer({ fields: {}, general: [] });
    let id = savedId;
    try {
      const input = toInput(draft);
      if (id) {
        const updated = await updateMission({ variables: { id, input, expectedVersion: savedVersion } });
        setSavedVersion(updated.data?.updateMission.version);
      } else {
        const content = JSON.stringify(input);
        if (creation.current?.content !== content) creation.current = { content, key: crypto.randomUUID() };
        const created = await createMission({
          variables: { input, idempotencyKey: creation.current.key },
        });
        id = created.data?.createMission.id;
        // From now on this page edits the draft it made: a second try never creates a second one.
        setSavedId(id);
        setSavedVersion(created.data?.createMission.version);
      }
      if (andSubmit && id) await submitMission({ variables: { id } });
      const title = draft.title.trim();
      const notice = andSubmit
        ? `La mission « ${title} » est soumise à la modération de l’équipe du programme.`
        : status === 'SUBMITTED'
          ? `Les modifications de « ${title} » sont enregistrées ; elle reste en modération.`
          : `Le brouillon « ${title} » est enregistré.`;
      void navigate('/porteur/missions', { state: { notice, missionId: id } });
    } catch (error) {
      const report = missionErrorsOf(error);
      setServer(report);
      const first = STEPS.flatMap((s) => s.fields).find((field) => report.fields[field]);
      if (first) {
        setStep(stepOf(first));
        focusField(first);
      } else {
        focusOn('errors');
      }
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (step < STEPS.length - 1) next();
    else void send(status !== 'SUBMITTED');
  };

  const contactOptions = (() => {
    const listed = agents.data?.agents?.nodes ?? [];
    const list =
      viewer.administration?.id === draft.hostAdministrationId && !listed.some((a) => a.id === viewer.id)
        ? [{ id: viewer.id, displayName: viewer.displayName, jobTitle: '' }, ...listed]
        : listed;
    return list;
  })();

  const current = STEPS[step] ?? STEPS[0];
  const stepCount = STEPS.length;
  const kit: FieldKit = { draft, change, messageOf, stateOf };
  const renderStep = () => {
    switch (step) {
      case 0:
        return (
          <KindStep
            kit={kit}
            templateNote={templateNote}
            onChoose={chooseKind}
            onReapply={() => {
              if (!draft.kind) return;
              change(['kind'], applyTemplate(draft, draft.kind, skillIds, today));
              setTemplateNote(draft.kind);
            }}
          />
        );
      case 1:
        return <NeedStep kit={kit} />;
      case 2:
        return (
          <PeopleStep
            kit={kit}
            options={options}
            skillById={skillById}
            administrationById={administrationById}
            hostOf={hostOf}
            viewer={viewer}
            contacts={contactOptions}
            contactsLoading={agents.loading}
          />
        );
      default:
        return (
          <MissionReview
            draft={draft}
            skillLabel={(id) => skillById.get(id)?.label ?? id}
            administrationLabel={(id) => administrationName(administrationById.get(id))}
            contactLabel={(id) => contactOptions.find((a) => a.id === id)?.displayName ?? id}
            onEdit={goTo}
          />
        );
    }
  };

  const last = step === stepCount - 1;
  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="mission-stepper-title">
      <div ref={stepper} id="mission-stepper">
        <Stepper
          currentStep={step + 1}
          stepCount={stepCount}
          title={<span id="mission-stepper-title">{current.title}</span>}
          nextTitle={STEPS[step + 1]?.title}
          classes={{ title: 'mission-stepper-title' }}
        />
      </div>
      {server.general.length > 0 ? (
        <div id="mission-form-errors" tabIndex={-1}>
          <Alert
            severity="error"
            title={refusalTitle(server.code)}
            description={server.general.join(' ')}
            className={fr.cx('fr-mb-3w')}
          />
        </div>
      ) : null}
      {renderStep()}
      <ButtonsGroup
        inlineLayoutWhen="md and up"
        alignment="between"
        className={fr.cx('fr-mt-4w')}
        buttons={[
          step > 0
            ? {
                type: 'button',
                priority: 'secondary',
                iconId: 'fr-icon-arrow-left-line',
                children: 'Étape précédente',
                onClick: () => goTo(step - 1),
              }
            : {
                type: 'button',
                priority: 'secondary',
                iconId: 'fr-icon-close-line',
                children: 'Abandonner',
                onClick: () => void navigate('/porteur/missions'),
              },
          ...(last
            ? status === 'SUBMITTED'
              ? [
                  {
                    type: 'submit' as const,
                    disabled: busy,
                    iconId: 'fr-icon-save-line' as const,
                    children: busy ? 'Envoi…' : 'Enregistrer les modifications',
                  },
                ]
              : [
                  {
                    type: 'button' as const,
                    priority: 'secondary' as const,
                    disabled: busy,
                    iconId: 'fr-icon-save-line' as const,
                    children: 'Enregistrer le brouillon',
                    onClick: () => void send(false),
                  },
                  {
                    type: 'submit' as const,
                    disabled: busy,
                    iconId: 'fr-icon-send-plane-line' as const,
                    children: busy ? 'Envoi…' : 'Soumettre à la modération',
                  },
                ]
            : [
                {
                  type: 'submit' as const,
                  iconId: 'fr-icon-arrow-right-line' as const,
                  iconPosition: 'right' as const,
                  children: 'Étape suivante',
                },
              ]),
        ]}
      />
    </form>
  );
}
