import { fr } from '@codegouvfr/react-dsfr';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormActions } from '../common/FormActions';
import type { DecisionFormProps } from './decisions';

export interface Release {
  /** Null: the hours the agent proposed. */
  hours: number | null;
  beyondBudget: boolean;
}

/** The hours field's problem, as the manager types. */
export function hoursProblem(value: string, proposed: number): string | null {
  if (!value.trim()) return 'Indiquez le nombre d’heures libérées.';
  const hours = Number(value);
  if (!Number.isInteger(hours)) return 'Indiquez un nombre entier d’heures.';
  if (hours < 1 || hours > proposed) return `Entre 1 et ${proposed} h (les heures demandées).`;
  return null;
}

/**
 * Releasing the agent's time: all the hours asked or fewer, and — only as an explicit, checked
 * choice — beyond what is left of the agent's annual budget.
 */
export function ReleaseForm({
  id,
  label,
  proposedHours,
  remainingHours,
  budgetYear,
  busy,
  serverFields,
  onSubmit,
  onCancel,
}: DecisionFormProps<Release> & { proposedHours: number; remainingHours: number; budgetYear: number }) {
  const [value, setValue] = useState(String(proposedHours));
  const [beyond, setBeyond] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);

  const problem = hoursProblem(value, proposedHours) ?? serverFields.hours ?? null;
  const hours = Number(value);
  const overBudget = !problem && hours > remainingHours;
  const beyondMessage =
    overBudget && !beyond
      ? `${hours} h dépassent les ${remainingHours} h qui restent au budget ${budgetYear} de l’agent : sans dérogation, le porteur ne pourra pas accepter la candidature.`
      : (serverFields.beyondBudget ?? null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem) {
      field.current?.focus();
      return;
    }
    onSubmit({ hours: hours === proposedHours ? null : hours, beyondBudget: beyond });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={label} className={fr.cx('fr-mt-2w')}>
      <Input
        label="Heures libérées"
        className="release-hours"
        hintText={`Au plus les ${proposedHours} h demandées ; vous pouvez en accorder moins.`}
        state={problem ? 'error' : 'default'}
        stateRelatedMessage={problem ?? undefined}
        nativeInputProps={{
          ref: field,
          name: `hours-${id}`,
          type: 'number',
          inputMode: 'numeric',
          min: 1,
          max: proposedHours,
          value,
          onChange: (event) => setValue(event.target.value),
        }}
      />
      <Checkbox
        legend="Dérogation au budget annuel"
        state={beyondMessage ? 'info' : 'default'}
        stateRelatedMessage={beyondMessage ?? undefined}
        options={[
          {
            label: 'Libérer ce temps au-delà du budget annuel de l’agent',
            hintText: 'Dérogation explicite, enregistrée à votre nom dans le journal.',
            nativeInputProps: {
              name: `beyondBudget-${id}`,
              checked: beyond,
              onChange: (event) => setBeyond(event.target.checked),
            },
          },
        ]}
      />
      <FormActions
        label="Confirmer la libération du temps"
        busy={busy}
        busyLabel="Enregistrement…"
        onCancel={onCancel}
      />
    </form>
  );
}
