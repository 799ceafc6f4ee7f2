import { useMutation, useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { AddButton } from '../common/AddButton';
import { formatDate } from '../common/labels';
import { SkillOptions } from '../common/options';
import type { ApplicationOutcomesQuery, CompletionFieldsFragment } from '../gql/graphql';
import { actionProblemOf, endorsementProblem, ENDORSEMENTS_MAX, type ActionProblem } from './outcome-rules';
import { EndorsableSkillsQuery, EndorseSkillsMutation } from './outcomes.operations';
import { ActionForm } from './ActionForm';

type Application = NonNullable<ApplicationOutcomesQuery['application']>;

interface Choice {
  id: string;
  label: string;
  hint: string;
}

/** The skills the host endorsed for this mission, for every reader of the completion. */
export function EndorsedSkills({ completion }: { completion: CompletionFieldsFragment }) {
  if (completion.endorsements.length === 0) return null;
  return (
    <div className={fr.cx('fr-mt-3w')} data-testid="endorsed-skills">
      <h3 className={fr.cx('fr-h6')}>Compétences recommandées par l’administration d’accueil</h3>
      <ul>
        {completion.endorsements.map((endorsement) => (
          <li key={endorsement.skill.id}>
            <strong>{endorsement.skill.label}</strong>, par {endorsement.endorsedBy.displayName} le{' '}
            {formatDate(endorsement.endorsedAt)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The skills to offer first: the mission's required ones and the agent's declared ones, once each. */
function choicesOf(application: Application, endorsed: ReadonlySet<string>): Choice[] {
  const required = new Map(
    (application.mission?.requiredSkills ?? []).flatMap((entry) =>
      entry.skill ? [[entry.skill.id, entry.skill.label] as const] : [],
    ),
  );
  const declared = new Map(
    (application.agent?.skills ?? []).map((entry) => [entry.skill.id, entry.skill.label] as const),
  );
  const ids = [...new Set([...required.keys(), ...declared.keys()])].filter((id) => !endorsed.has(id));
  return ids.map((id) => ({
    id,
    label: required.get(id) ?? declared.get(id) ?? id,
    hint:
      required.has(id) && declared.has(id)
        ? 'Demandée par la mission, déclarée par l’agent'
        : required.has(id)
          ? 'Demandée par la mission'
          : 'Déclarée par l’agent',
  }));
}

/**
 * After the completion, the host endorses skills the agent showed: among the mission's and the
 * agent's skills, or any other of the referential. They show on the agent's profile as evidence and
 * count more in the matching; 5 at most per mission, checked as the host ticks them.
 */
export function EndorseForm({
  application,
  completion,
  onDone,
}: {
  application: Application;
  completion: CompletionFieldsFragment;
  onDone(message: string): void;
}) {
  const [endorse, endorsing] = useMutation(EndorseSkillsMutation);
  const referential = useQuery(EndorsableSkillsQuery);
  const endorsed = new Set(completion.endorsements.map((endorsement) => endorsement.skill.id));
  const [extra, setExtra] = useState<Choice[]>([]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [adding, setAdding] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const left = ENDORSEMENTS_MAX - endorsed.size;
  if (left <= 0) {
    return (
      <p className={fr.cx('fr-mt-2w')}>
        Vous avez recommandé {ENDORSEMENTS_MAX} compétences pour cette mission : c’est le maximum.
      </p>
    );
  }

  const choices = [...choicesOf(application, endorsed), ...extra];
  const offered = new Set(choices.map((choice) => choice.id));
  const others = (referential.data?.skills ?? []).filter(
    (skill) => !offered.has(skill.id) && !endorsed.has(skill.id),
  );
  const local = submitted || chosen.size > left ? endorsementProblem(chosen.size, endorsed.size) : null;
  // The server names `skillIds` (too many, none) or `skillIds.N` (one unknown to the referential).
  const serverField = problem
    ? Object.entries(problem.fields).find(([field]) => field === 'skillIds' || /^\d+$/.test(field))?.[1]
    : undefined;
  const message = local ?? serverField ?? null;
  const toggle = (id: string, on: boolean) => {
    setProblem(null);
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (endorsementProblem(chosen.size, endorsed.size)) return;
    setProblem(null);
    const skillIds = choices.filter((choice) => chosen.has(choice.id)).map((choice) => choice.id);
    endorse({ variables: { id: application.id, skillIds } }).then(
      () => {
        setChosen(new Set());
        setExtra([]);
        setSubmitted(false);
        onDone(
          skillIds.length === 1
            ? 'Vous avez recommandé 1 compétence : elle figure sur le profil de l’agent.'
            : `Vous avez recommandé ${skillIds.length} compétences : elles figurent sur le profil de l’agent.`,
        );
      },
      (error: unknown) => setProblem(actionProblemOf(error)),
    );
  };

  return (
    <ActionForm
      titleId="endorse-title"
      title="Recommander des compétences de l’agent"
      intro={
        <p className={fr.cx('fr-text--sm')}>
          Celles que {application.agent?.displayName ?? 'l’agent'} a montrées pendant la mission : elles
          figureront sur son profil, constatées par votre administration, et compteront davantage que ses
          compétences seulement déclarées. {ENDORSEMENTS_MAX} au plus pour cette mission
          {endorsed.size > 0 ? ` (déjà ${endorsed.size})` : ''}.
        </p>
      }
      className={fr.cx('fr-mt-4w')}
      problem={problem}
      fieldsShown={serverField !== undefined}
      onSubmit={submit}
      submit={{ label: 'Recommander ces compétences', busyLabel: 'Enregistrement…', busy: endorsing.loading }}
    >
      {choices.length > 0 ? (
        <Checkbox
          legend="Compétences montrées"
          hintText={`Cochez-en ${left === 1 ? 'une' : `${left} au plus`}.`}
          state={message ? 'error' : 'default'}
          stateRelatedMessage={message ?? undefined}
          options={choices.map((choice) => ({
            label: choice.label,
            hintText: choice.hint,
            nativeInputProps: {
              name: 'skillIds',
              value: choice.id,
              checked: chosen.has(choice.id),
              onChange: (event) => toggle(choice.id, event.target.checked),
            },
          }))}
        />
      ) : (
        <p>Choisissez dans le référentiel les compétences que l’agent a montrées.</p>
      )}
      <div className="skill-row">
        <Select
          label="Une autre compétence du référentiel"
          hint={referential.error && !referential.data ? 'Le référentiel est indisponible.' : undefined}
          nativeSelectProps={{ value: adding, onChange: (event) => setAdding(event.target.value) }}
        >
          <option value="">Choisir…</option>
          <SkillOptions skills={others} />
        </Select>
        <AddButton
          label="Ajouter à la liste"
          iconId="fr-icon-add-line"
          disabled={!adding}
          onAdd={() => {
            const skill = others.find((entry) => entry.id === adding);
            if (!skill) return;
            setExtra((current) => [
              ...current,
              { id: skill.id, label: skill.label, hint: skill.familyLabel },
            ]);
            toggle(skill.id, true);
            setAdding('');
          }}
        />
      </div>
    </ActionForm>
  );
}
