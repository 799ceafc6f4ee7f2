import { useMutation, useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Stepper } from '@codegouvfr/react-dsfr/Stepper';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { AddButton } from '../common/AddButton';
import { administrationName, DOMAIN_LABELS, MISSION_KIND_LABELS, WORK_MODE_LABELS } from '../common/labels';
import { LevelOptions, SkillOptions } from '../common/options';
import type { MissionFormOptionsQuery, MissionKind, SkillLevel, WorkMode } from '../gql/graphql';
import type { SignedInAgent } from '../session/session';
import {
  AdministrationAgentsQuery,
  CreateMissionMutation,
  HostMissionsQuery,
  SubmitMissionMutation,
  UpdateMissionMutation,
} from './host.operations';
import {
  applyTemplate,
  draftProblems,
  LIMITS,
  STEPS,
  stepOf,
  toInput,
  type DraftField,
  type MissionDraft,
} from './mission-draft';
import { missionErrorsOf, refusalTitle, type MissionErrors } from './mission-errors';
import { MissionReview } from './MissionReview';
import { MISSION_TEMPLATES } from './templates';
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

const KINDS = Object.keys(MISSION_KIND_LABELS) as MissionKind[];
const WORK_MODES = Object.keys(WORK_MODE_LABELS) as WorkMode[];

const idOf = (field: DraftField) => `mission-${field}`;

/** Content still as a template (or empty) may be replaced by another kind's template. */
function pristine(draft: MissionDraft): boolean {
  if (draft.title.trim() === '' && draft.description.trim() === '') return true;
  return Object.values(MISSION_TEMPLATES).some(
    (template) => template.title === draft.title && template.description === draft.description,
  );
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
  const [adding, setAdding] = useState('');
  const [addingLevel, setAddingLevel] = useState<SkillLevel>('INTERMEDIATE');
  const [restricting, setRestricting] = useState('');
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

  const focusField = (field: DraftField) => {
    // After React has rendered the step that holds the field.
    requestAnimationFrame(() => {
      const element =
        document.getElementById(idOf(field)) ??
        document.querySelector<HTMLElement>(`#${idOf(field)}-group input, #${idOf(field)}-group select`);
      element?.focus();
    });
  };
  const goTo = (next: number) => {
    setStep(next);
    // The step's title takes the focus, so that keyboard and screen reader users start from it.
    requestAnimationFrame(() => {
      const title = stepper.current?.querySelector<HTMLElement>('h2');
      title?.setAttribute('tabindex', '-1');
      title?.focus();
    });
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
        requestAnimationFrame(() => document.getElementById('mission-form-errors')?.focus());
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
  const renderStep = () => {
    switch (step) {
      case 0:
        return (
          <>
            <RadioButtons
              legend="Quelle est la nature de la mission ?"
              hintText="Chaque nature propose un modèle : un titre, un plan de description, un effort et des compétences habituels, que vous adapterez ensuite."
              name="kind"
              id={`${idOf('kind')}-group`}
              state={stateOf('kind')}
              stateRelatedMessage={messageOf('kind')}
              options={KINDS.map((kind) => ({
                label: MISSION_KIND_LABELS[kind],
                hintText: MISSION_TEMPLATES[kind].summary,
                nativeInputProps: {
                  value: kind,
                  checked: draft.kind === kind,
                  onChange: () => chooseKind(kind),
                },
              }))}
            />
            <div role="status" aria-live="polite">
              {templateNote && draft.kind === templateNote ? (
                <Alert
                  severity="info"
                  small
                  className={fr.cx('fr-mb-3w')}
                  description={`Le modèle « ${MISSION_KIND_LABELS[templateNote]} » a prérempli le titre, la description, l’effort (${MISSION_TEMPLATES[templateNote].effortHours} h), les dates et les compétences suggérées : vous les adapterez aux étapes suivantes.`}
                />
              ) : null}
            </div>
            {draft.kind && !pristine(draft) ? (
              <Button
                type="button"
                priority="tertiary"
                iconId="fr-icon-file-text-line"
                className={fr.cx('fr-mb-3w')}
                onClick={() => {
                  if (!draft.kind) return;
                  change(['kind'], applyTemplate(draft, draft.kind, skillIds, today));
                  setTemplateNote(draft.kind);
                }}
              >
                Remplacer le contenu par le modèle « {MISSION_KIND_LABELS[draft.kind]} »
              </Button>
            ) : null}
          </>
        );
      case 1:
        return (
          <>
            <Input
              label="Titre de la mission"
              hintText={`Court et concret, ${LIMITS.title} caractères au plus (${draft.title.trim().length} saisis).`}
              state={stateOf('title')}
              stateRelatedMessage={messageOf('title')}
              nativeInputProps={{
                id: idOf('title'),
                value: draft.title,
                onChange: (event) => change(['title'], { title: event.target.value }),
              }}
            />
            <RadioButtons
              legend="Domaine"
              orientation="horizontal"
              name="domain"
              options={(['TECHNICAL', 'BUSINESS'] as const).map((domain) => ({
                label: DOMAIN_LABELS[domain],
                nativeInputProps: {
                  value: domain,
                  checked: draft.domain === domain,
                  onChange: () => change(['domain'], { domain }),
                },
              }))}
            />
            <Input
              label="Description du besoin"
              hintText={`Contexte, ce que l’agent fera, les livrables, ce qu’il y gagnera ; ${LIMITS.description.toLocaleString('fr-FR')} caractères au plus (${draft.description.trim().length} saisis).`}
              textArea
              state={stateOf('description')}
              stateRelatedMessage={messageOf('description')}
              nativeTextAreaProps={{
                id: idOf('description'),
                rows: 12,
                value: draft.description,
                onChange: (event) => change(['description'], { description: event.target.value }),
              }}
            />
            <Input
              label="Effort attendu, en heures"
              hintText={`Le temps total demandé à l’agent, de ${LIMITS.minHours} à ${LIMITS.maxHours} heures (15 jours ouvrés).`}
              state={stateOf('effortHours')}
              stateRelatedMessage={messageOf('effortHours')}
              nativeInputProps={{
                id: idOf('effortHours'),
                inputMode: 'numeric',
                value: draft.effortHours,
                onChange: (event) => change(['effortHours'], { effortHours: event.target.value }),
              }}
            />
            <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-3w')}>
              {(
                [
                  ['applicationDeadline', 'Date limite de candidature', 'Avant le début de la mission.'],
                  ['startDate', 'Date de début', 'Le premier jour de la mission.'],
                  ['endDate', 'Date de fin', 'Au plus 12 mois après le début.'],
                ] as const
              ).map(([field, label, hint]) => (
                <div key={field} className={fr.cx('fr-col-12', 'fr-col-md-4')}>
                  <Input
                    label={label}
                    hintText={hint}
                    state={stateOf(field)}
                    stateRelatedMessage={messageOf(field)}
                    nativeInputProps={{
                      id: idOf(field),
                      type: 'date',
                      value: draft[field],
                      onChange: (event) => change([field], { [field]: event.target.value }),
                    }}
                  />
                </div>
              ))}
            </div>
            <Select
              label="Modalité de travail"
              nativeSelectProps={{
                id: idOf('workMode'),
                value: draft.workMode,
                onChange: (event) => change(['workMode'], { workMode: event.target.value as WorkMode }),
              }}
            >
              {WORK_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {WORK_MODE_LABELS[mode]}
                </option>
              ))}
            </Select>
            <Input
              label="Lieu (facultatif)"
              hintText="La ville ou le site, pour une mission sur site ou hybride."
              state={stateOf('location')}
              stateRelatedMessage={messageOf('location')}
              nativeInputProps={{
                id: idOf('location'),
                value: draft.location,
                onChange: (event) => change(['location'], { location: event.target.value }),
              }}
            />
            <Checkbox
              options={[
                {
                  label: 'Mission liée à une situation de crise',
                  hintText: 'Elle est signalée comme telle aux agents.',
                  nativeInputProps: {
                    checked: draft.crisis,
                    onChange: (event) => change([], { crisis: event.target.checked }),
                  },
                },
              ]}
            />
          </>
        );
      case 2:
        return (
          <>
            <fieldset
              className={fr.cx('fr-fieldset', 'fr-mb-2w')}
              aria-describedby={messageOf('requiredSkills') ? `${idOf('requiredSkills')}-message` : undefined}
            >
              <legend className={fr.cx('fr-fieldset__legend')}>Compétences demandées</legend>
              <p className={fr.cx('fr-text--sm', 'fr-px-1w')}>
                De 1 à {LIMITS.maxSkills}, avec le niveau minimal attendu. Les indispensables comptent double
                dans le rapprochement avec les agents.
              </p>
              {messageOf('requiredSkills') ? (
                <p
                  id={`${idOf('requiredSkills')}-message`}
                  className={fr.cx('fr-error-text', 'fr-px-1w', 'fr-mb-2w')}
                >
                  {messageOf('requiredSkills')}
                </p>
              ) : null}
              <ul className="skill-list fr-px-1w" data-testid="required-skills">
                {draft.skills.map((required, index) => {
                  const label = skillById.get(required.skillId)?.label ?? required.skillId;
                  const update = (patch: Partial<MissionDraft['skills'][number]>) =>
                    change(['requiredSkills'], {
                      skills: draft.skills.map((s, i) => (i === index ? { ...s, ...patch } : s)),
                    });
                  return (
                    <li key={required.skillId} className="skill-row">
                      <Select
                        label={<>Niveau minimal — {label}</>}
                        nativeSelectProps={{
                          value: required.minLevel,
                          onChange: (event) => update({ minLevel: event.target.value as SkillLevel }),
                        }}
                      >
                        <LevelOptions />
                      </Select>
                      <Checkbox
                        small
                        className="skill-essential"
                        options={[
                          {
                            label: 'Indispensable',
                            nativeInputProps: {
                              'aria-label': `${label} : indispensable`,
                              checked: required.essential,
                              onChange: (event) => update({ essential: event.target.checked }),
                            },
                          },
                        ]}
                      />
                      <Button
                        type="button"
                        priority="tertiary"
                        size="small"
                        iconId="fr-icon-delete-line"
                        title={`Retirer ${label}`}
                        onClick={() =>
                          change(['requiredSkills'], { skills: draft.skills.filter((_, i) => i !== index) })
                        }
                      >
                        Retirer
                      </Button>
                    </li>
                  );
                })}
              </ul>
              <div className="skill-row fr-px-1w">
                <Select
                  label="Compétence à ajouter"
                  nativeSelectProps={{
                    id: idOf('requiredSkills'),
                    value: adding,
                    onChange: (event) => setAdding(event.target.value),
                  }}
                >
                  <option value="">Choisir…</option>
                  <SkillOptions
                    skills={options.skills.filter((s) => !draft.skills.some((r) => r.skillId === s.id))}
                  />
                </Select>
                <Select
                  label="Niveau minimal"
                  nativeSelectProps={{
                    value: addingLevel,
                    onChange: (event) => setAddingLevel(event.target.value as SkillLevel),
                  }}
                >
                  <LevelOptions />
                </Select>
                <AddButton
                  label="Ajouter la compétence"
                  iconId="fr-icon-add-line"
                  disabled={!adding}
                  onAdd={() => {
                    change(['requiredSkills'], {
                      skills: [...draft.skills, { skillId: adding, minLevel: addingLevel, essential: true }],
                    });
                    setAdding('');
                  }}
                />
              </div>
            </fieldset>
            <Input
              label="Nombre de places"
              hintText={`Combien d’agents vous accueillerez, de ${LIMITS.minSeats} à ${LIMITS.maxSeats}.`}
              state={stateOf('seats')}
              stateRelatedMessage={messageOf('seats')}
              nativeInputProps={{
                id: idOf('seats'),
                inputMode: 'numeric',
                value: draft.seats,
                onChange: (event) => change(['seats'], { seats: event.target.value }),
              }}
            />
            {hostOf.length > 1 ? (
              <Select
                label="Administration d’accueil"
                hint="Une administration dont vous êtes référent."
                state={stateOf('hostAdministrationId')}
                stateRelatedMessage={messageOf('hostAdministrationId')}
                nativeSelectProps={{
                  id: idOf('hostAdministrationId'),
                  value: draft.hostAdministrationId,
                  onChange: (event) =>
                    change(['hostAdministrationId', 'contactAgentId'], {
                      hostAdministrationId: event.target.value,
                      contactAgentId: viewer.administration?.id === event.target.value ? viewer.id : '',
                    }),
                }}
              >
                {hostOf.map((id) => (
                  <option key={id} value={id}>
                    {administrationName(administrationById.get(id))}
                  </option>
                ))}
              </Select>
            ) : (
              <p>
                <strong>Administration d’accueil :</strong>{' '}
                {administrationName(administrationById.get(draft.hostAdministrationId))}
                {messageOf('hostAdministrationId') ? (
                  <span className={fr.cx('fr-error-text')}>{messageOf('hostAdministrationId')}</span>
                ) : null}
              </p>
            )}
            <Select
              label="Agent à contacter"
              hint="Un agent de l’administration d’accueil : c’est lui que les candidats verront."
              state={stateOf('contactAgentId')}
              stateRelatedMessage={messageOf('contactAgentId')}
              nativeSelectProps={{
                id: idOf('contactAgentId'),
                value: draft.contactAgentId,
                onChange: (event) => change(['contactAgentId'], { contactAgentId: event.target.value }),
              }}
            >
              <option value="">{agents.loading ? 'Chargement…' : 'Choisir…'}</option>
              {contactOptions.map((agent) => (
                <option key={agent.id} value={agent.id}>
                  {agent.id === viewer.id ? `Vous-même (${agent.displayName})` : agent.displayName}
                  {agent.jobTitle ? ` — ${agent.jobTitle}` : ''}
                </option>
              ))}
            </Select>
            <RadioButtons
              legend="Qui peut candidater ?"
              name="restricted"
              id={`${idOf('restrictedTo')}-group`}
              options={[
                {
                  label: 'Les agents de toutes les administrations',
                  nativeInputProps: {
                    checked: !draft.restricted,
                    onChange: () => change(['restrictedTo'], { restricted: false }),
                  },
                },
                {
                  label: 'Seulement les agents de certaines administrations',
                  hintText: 'La mission ne sera ni montrée ni proposée aux autres.',
                  nativeInputProps: {
                    checked: draft.restricted,
                    onChange: () => change(['restrictedTo'], { restricted: true }),
                  },
                },
              ]}
            />
            {draft.restricted ? (
              <fieldset className={fr.cx('fr-fieldset', 'fr-mb-2w')}>
                <legend className={fr.cx('fr-fieldset__legend', 'fr-text--regular')}>
                  Administrations retenues
                </legend>
                {messageOf('restrictedTo') ? (
                  <p className={fr.cx('fr-error-text', 'fr-px-1w', 'fr-mb-2w')}>
                    {messageOf('restrictedTo')}
                  </p>
                ) : null}
                <ul className="skill-list fr-px-1w">
                  {draft.restrictedTo.map((id) => (
                    <li key={id} className="skill-row fr-mb-1w">
                      <span>{administrationName(administrationById.get(id))}</span>
                      <Button
                        type="button"
                        priority="tertiary"
                        size="small"
                        iconId="fr-icon-delete-line"
                        title={`Retirer ${administrationName(administrationById.get(id))}`}
                        onClick={() =>
                          change(['restrictedTo'], {
                            restrictedTo: draft.restrictedTo.filter((r) => r !== id),
                          })
                        }
                      >
                        Retirer
                      </Button>
                    </li>
                  ))}
                </ul>
                <div className="skill-row fr-px-1w">
                  <Select
                    label="Administration à ajouter"
                    nativeSelectProps={{
                      id: idOf('restrictedTo'),
                      value: restricting,
                      onChange: (event) => setRestricting(event.target.value),
                    }}
                  >
                    <option value="">Choisir…</option>
                    {options.administrations
                      .filter((a) => !draft.restrictedTo.includes(a.id))
                      .map((a) => (
                        <option key={a.id} value={a.id}>
                          {administrationName(a)}
                        </option>
                      ))}
                  </Select>
                  <AddButton
                    label="Ajouter l’administration"
                    iconId="fr-icon-add-line"
                    disabled={!restricting}
                    onAdd={() => {
                      change(['restrictedTo'], { restrictedTo: [...draft.restrictedTo, restricting] });
                      setRestricting('');
                    }}
                  />
                </div>
              </fieldset>
            ) : null}
          </>
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
