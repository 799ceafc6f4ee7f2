import { useMutation } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useRef, useState, type FormEvent } from 'react';
import { FormActions } from '../common/FormActions';
import type { AgreementFieldsFragment } from '../gql/graphql';
import { AmendAgreementMutation } from './outcomes.operations';
import {
  actionProblemOf,
  AGREEMENT_MAX_HOURS,
  amendmentProblems,
  type ActionProblem,
  type AmendmentDraft,
} from './outcome-rules';
import { ProblemAlert } from './ProblemAlert';

const LABELS: Record<keyof AmendmentDraft, string> = {
  hours: 'Heures convenues',
  startDate: 'Premier jour',
  endDate: 'Dernier jour',
};
const FIELDS = Object.keys(LABELS) as Array<keyof AmendmentDraft>;

/**
 * The host's change of the hours or dates: a new version of the agreement, which every party
 * acknowledges again. Checked as the host types; on submit, an error summary links to each field.
 */
export function AmendForm({
  agreement,
  onCancel,
  onDone,
  refresh,
}: {
  agreement: AgreementFieldsFragment;
  onCancel(): void;
  onDone(message: string): void;
  refresh(): void;
}) {
  const [amend, amending] = useMutation(AmendAgreementMutation);
  const [draft, setDraft] = useState<AmendmentDraft>({
    hours: String(agreement.hours),
    startDate: agreement.startDate ?? '',
    endDate: agreement.endDate ?? '',
  });
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const local = amendmentProblems(draft, agreement);
  const shown = (field: keyof AmendmentDraft) =>
    (submitted || touched.has(field) ? local[field] : undefined) ?? problem?.fields[field];
  const summaryItems = submitted
    ? FIELDS.filter((field) => local[field]).map((field) => ({ field, message: local[field] ?? '' }))
    : [];
  const whole = (submitted ? local.input : undefined) ?? problem?.fields.input;

  const change = (field: keyof AmendmentDraft) => (value: string) => {
    setDraft((previous) => ({ ...previous, [field]: value }));
    setTouched((previous) => new Set(previous).add(field));
    setProblem(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(local).length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setProblem(null);
    amend({
      variables: {
        id: agreement.id,
        expectedVersion: agreement.version,
        input: { hours: Number(draft.hours), startDate: draft.startDate, endDate: draft.endDate },
      },
    }).then(
      (result) => {
        const next = result.data?.amendAgreement;
        onDone(
          `La convention passe en version ${next?.version ?? agreement.version + 1} : ${next?.hours ?? draft.hours} h. Chaque partie doit la prendre en compte à nouveau.`,
        );
      },
      (error: unknown) => {
        const next = actionProblemOf(error);
        setProblem(next);
        if (next.stale) refresh();
      },
    );
  };

  const field = (name: keyof AmendmentDraft, type: 'number' | 'date', hint?: string) => {
    const message = shown(name);
    return (
      <Input
        label={LABELS[name]}
        hintText={hint}
        state={message ? 'error' : 'default'}
        stateRelatedMessage={message}
        nativeInputProps={{
          id: `amend-${name}`,
          name,
          type,
          value: draft[name],
          onChange: (event) => change(name)(event.target.value),
          ...(type === 'number' ? { inputMode: 'numeric' as const, min: 1, max: AGREEMENT_MAX_HOURS } : {}),
        }}
      />
    );
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="amend-title"
      className={`${fr.cx('fr-p-3w', 'fr-mb-3w')} amend-form`}
    >
      <h3 id="amend-title" className={fr.cx('fr-h6')}>
        Modifier la convention (version {agreement.version + 1})
      </h3>
      <p className={fr.cx('fr-text--sm')}>
        Les heures engagées sur le budget de l’agent suivent la nouvelle version. L’agent, son administration
        d’origine et la vôtre devront la prendre en compte à nouveau.
      </p>
      <div ref={summary} tabIndex={-1} data-testid="amend-summary">
        {summaryItems.length > 0 ? (
          <Alert
            severity="error"
            title={`Le formulaire contient ${summaryItems.length} erreur${summaryItems.length > 1 ? 's' : ''}`}
            description={
              <ul>
                {summaryItems.map(({ field: name, message }) => (
                  <li key={name}>
                    <a href={`#amend-${name}`}>
                      {LABELS[name]} : {message}
                    </a>
                  </li>
                ))}
              </ul>
            }
            className={fr.cx('fr-mb-2w')}
          />
        ) : null}
      </div>
      {problem ? <ProblemAlert problem={problem} fieldsShown /> : null}
      {field('hours', 'number', `De 1 à ${AGREEMENT_MAX_HOURS} h.`)}
      {field('startDate', 'date')}
      {field('endDate', 'date')}
      {whole ? (
        <p className={fr.cx('fr-message', 'fr-message--error')} id="amend-input-error">
          {whole}
        </p>
      ) : null}
      <FormActions
        label="Enregistrer la nouvelle version"
        busy={amending.loading}
        busyLabel="Enregistrement…"
        onCancel={onCancel}
      />
    </form>
  );
}
