import { fr } from '@codegouvfr/react-dsfr';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormActions } from '../common/FormActions';
import type { DecisionReason } from '../gql/graphql';
import { CHOSEN_DECISION_REASONS } from '../common/labels';
import { REASON_LABELS, REASON_TEXT_MAX, reasonTextProblem, type DecisionFormProps } from './decisions';

export interface ReasonChoice {
  reason: DecisionReason;
  reasonText: string | null;
}

/**
 * A refusal or a decline: a reason from the fixed list, and a text (required with « Autre »,
 * checked as the person types). Server messages naming `reason` or `reasonText` show beside them.
 */
export function ReasonForm({
  id,
  label,
  legend,
  submitLabel,
  busy,
  serverFields,
  onSubmit,
  onCancel,
}: DecisionFormProps<ReasonChoice> & { legend: string; submitLabel: string }) {
  const [reason, setReason] = useState<DecisionReason | null>(null);
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const group = useRef<HTMLFieldSetElement>(null);
  // Keyboard users land on the first reason, where the decision continues.
  useEffect(() => group.current?.querySelector('input')?.focus(), []);

  const reasonMessage = submitted && !reason ? 'Choisissez un motif.' : (serverFields.reason ?? null);
  const textProblem = reasonTextProblem(reason, text);
  const textMessage = ((submitted || touched) && textProblem) || serverFields.reasonText || null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!reason || textProblem) return;
    onSubmit({ reason, reasonText: text.trim() || null });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={label} className={fr.cx('fr-mt-2w')}>
      <RadioButtons
        ref={group}
        legend={legend}
        name={`reason-${id}`}
        state={reasonMessage ? 'error' : 'default'}
        stateRelatedMessage={reasonMessage ?? undefined}
        options={CHOSEN_DECISION_REASONS.map((value) => ({
          label: REASON_LABELS[value],
          nativeInputProps: {
            value,
            checked: reason === value,
            onChange: () => setReason(value),
          },
        }))}
      />
      <Input
        label={reason === 'OTHER' ? 'Précision (obligatoire)' : 'Précision (facultative)'}
        hintText={`${REASON_TEXT_MAX} caractères au plus ; la personne concernée la lira.`}
        textArea
        state={textMessage ? 'error' : 'default'}
        stateRelatedMessage={textMessage ?? undefined}
        nativeTextAreaProps={{
          value: text,
          rows: 3,
          name: `reasonText-${id}`,
          onChange: (event) => {
            setTouched(true);
            setText(event.target.value);
          },
        }}
      />
      <FormActions label={submitLabel} busy={busy} busyLabel="Enregistrement…" onCancel={onCancel} />
    </form>
  );
}
