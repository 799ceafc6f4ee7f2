import { useMutation, useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormActions } from '../common/FormActions';
import { DeputyCandidatesQuery, ReassignApprovalRequestMutation } from './approvals.operations';

/**
 * The programme team names who decides on a request whose agent has no manager of record: an agent
 * of the requesting agent's administration, as the directory lists them.
 */
export function ReassignForm({
  applicationId,
  administrationId,
  requesterId,
  serverFields,
  label,
  onDone,
  onFailed,
  onCancel,
}: {
  applicationId: string;
  administrationId: string | null;
  /** The agent who asks: never their own approver. */
  requesterId: string | null;
  serverFields: Record<string, string>;
  label: string;
  onDone(approverName: string): void;
  onFailed(error: unknown): void;
  onCancel(): void;
}) {
  const candidates = useQuery(DeputyCandidatesQuery, {
    variables: { administrationId: administrationId ?? '' },
    skip: !administrationId,
  });
  const [reassign, reassigning] = useMutation(ReassignApprovalRequestMutation);
  const [approver, setApprover] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const field = useRef<HTMLSelectElement>(null);
  useEffect(() => field.current?.focus(), []);
  const people = (candidates.data?.agents?.nodes ?? []).filter((a) => a.id !== requesterId);
  const message =
    submitted && !approver ? 'Choisissez la personne qui décidera.' : (serverFields.approverAgentId ?? null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!approver) return;
    const name = people.find((a) => a.id === approver)?.displayName ?? 'la personne choisie';
    reassign({ variables: { applicationId, approverAgentId: approver } }).then(() => onDone(name), onFailed);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={label} className={fr.cx('fr-mt-2w')}>
      <Select
        label="Valideur"
        hint="Un agent de l’administration de la personne qui demande."
        state={message ? 'error' : 'default'}
        stateRelatedMessage={message ?? undefined}
        nativeSelectProps={{
          ref: field,
          name: `approver-${applicationId}`,
          value: approver,
          onChange: (event) => setApprover(event.target.value),
        }}
      >
        <option value="">{candidates.loading ? 'Chargement…' : 'Choisir un agent'}</option>
        {people.map((a) => (
          <option key={a.id} value={a.id}>
            {a.displayName} — {a.jobTitle}
          </option>
        ))}
      </Select>
      <FormActions label="Confier la demande" busy={reassigning.loading} onCancel={onCancel} />
    </form>
  );
}
