import { useMutation } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormActions } from '../common/FormActions';
import { reportOf, type ErrorReport } from '../common/errors';
import { CHOSEN_DECISION_REASONS, DECISION_REASON_LABELS } from '../common/labels';
import type { DecisionReason } from '../gql/graphql';
import { WithdrawApplicationMutation } from './applications.operations';

const REASONS = CHOSEN_DECISION_REASONS;
const REASON_TEXT_MAX = 1000;

/** Withdrawing an application, with a reason from the fixed list (and a text for « Autre »). */
export function WithdrawForm({
  applicationId,
  missionTitle,
  onDone,
}: {
  applicationId: string;
  missionTitle: string;
  onDone(withdrawn: boolean): void;
}) {
  const [reason, setReason] = useState<DecisionReason | null>(null);
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<ErrorReport>({ fields: {}, general: [] });
  const [withdraw, { loading }] = useMutation(WithdrawApplicationMutation);
  const legend = useRef<HTMLFieldSetElement>(null);
  useEffect(() => legend.current?.querySelector('input')?.focus(), []);

  const reasonMessage = submitted && !reason ? 'Choisissez un motif.' : (server.fields.reason ?? null);
  const textProblem =
    reason === 'OTHER' && !text.trim()
      ? 'Précisez le motif : c’est obligatoire avec « Autre ».'
      : text.trim().length > REASON_TEXT_MAX
        ? `La précision ne doit pas dépasser ${REASON_TEXT_MAX} caractères.`
        : null;
  const textMessage = (submitted || text ? textProblem : null) ?? server.fields.reasonText ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setServer({ fields: {}, general: [] });
    if (!reason || textProblem) return;
    try {
      await withdraw({ variables: { id: applicationId, reason, reasonText: text.trim() || null } });
      onDone(true);
    } catch (error) {
      setServer(reportOf(error));
    }
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className={fr.cx('fr-mt-2w')}
      aria-label={`Retirer la candidature à « ${missionTitle} »`}
    >
      {server.general.length > 0 ? (
        <Alert severity="error" small description={server.general.join(' ')} className={fr.cx('fr-mb-2w')} />
      ) : null}
      <RadioButtons
        ref={legend}
        legend="Motif du retrait"
        name={`reason-${applicationId}`}
        state={reasonMessage ? 'error' : 'default'}
        stateRelatedMessage={reasonMessage ?? undefined}
        options={REASONS.map((value) => ({
          label: DECISION_REASON_LABELS[value],
          nativeInputProps: { value, checked: reason === value, onChange: () => setReason(value) },
        }))}
      />
      <Input
        label={reason === 'OTHER' ? 'Précision (obligatoire)' : 'Précision (facultative)'}
        textArea
        state={textMessage ? 'error' : 'default'}
        stateRelatedMessage={textMessage ?? undefined}
        nativeTextAreaProps={{ value: text, rows: 3, onChange: (event) => setText(event.target.value) }}
      />
      <FormActions
        label="Confirmer le retrait"
        busy={loading}
        busyLabel="Retrait…"
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
