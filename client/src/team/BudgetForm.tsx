import { useMutation } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { SetTimeBudgetMutation } from '../approvals/approvals.operations';
import { decisionProblemOf, type DecisionProblem } from '../approvals/decisions';

const MAX_HOURS = 1607;

/** The annual-hours field's problem, as the manager types. */
export function budgetProblem(value: string): string | null {
  if (!value.trim()) return 'Indiquez un nombre d’heures.';
  const hours = Number(value);
  if (!Number.isInteger(hours) || hours < 0 || hours > MAX_HOURS)
    return `Indiquez un nombre entier d’heures, de 0 à ${MAX_HOURS}.`;
  return null;
}

/** One report's annual hours for a year, as their manager sets them. */
export function BudgetForm({
  agentId,
  name,
  year,
  annualHours,
  onSaved,
}: {
  agentId: string;
  name: string;
  year: number;
  annualHours: number;
  /** The budget changed: the team's figures must be read again. */
  onSaved(): Promise<unknown>;
}) {
  const [save, saving] = useMutation(SetTimeBudgetMutation);
  const [value, setValue] = useState<string | null>(null);
  const [problem, setProblem] = useState<DecisionProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const current = value ?? String(annualHours);
  const fieldProblem =
    value === null
      ? (problem?.fields.hours ?? null)
      : (budgetProblem(current) ?? problem?.fields.hours ?? null);
  const general = problem?.messages.join(' ') || null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (budgetProblem(current)) {
      setValue(current);
      return;
    }
    setProblem(null);
    save({ variables: { agentId, year, hours: Number(current) } }).then(
      async () => {
        // A TimeBudget has no id of its own, so the cache cannot merge the answer: read it again.
        await onSaved();
        setValue(null);
        setSaved(true);
      },
      (failure: unknown) => setProblem(decisionProblemOf(failure)),
    );
  };

  return (
    <form onSubmit={submit} noValidate className="budget-form" aria-label={`Budget ${year} de ${name}`}>
      <Input
        label={`Heures de l’année ${year}`}
        state={fieldProblem || general ? 'error' : saved ? 'success' : 'default'}
        stateRelatedMessage={fieldProblem ?? general ?? (saved ? 'Budget enregistré.' : undefined)}
        nativeInputProps={{
          name: `budget-${agentId}`,
          type: 'number',
          inputMode: 'numeric',
          min: 0,
          max: MAX_HOURS,
          value: current,
          onChange: (event) => {
            setSaved(false);
            setValue(event.target.value);
          },
        }}
      />
      <Button
        type="submit"
        priority="secondary"
        size="small"
        disabled={saving.loading}
        className={fr.cx('fr-mt-1w')}
      >
        Enregistrer le budget
      </Button>
    </form>
  );
}
