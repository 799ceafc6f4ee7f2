import { useMutation } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { reportOf, type ErrorReport } from '../common/errors';
import { ApplyMutation, MissionQuery } from './mission.operations';
import { hoursProblem, MOTIVATION_MAX, motivationProblem } from './apply-rules';

type Field = 'motivation' | 'proposedHours';

/**
 * Apply: messages as the person types (after their first keystroke), the server's beside its field.
 * The success is the page's to tell (`onApplied`): the mission, read again with the new application,
 * replaces this form at once.
 */
export function ApplyForm({
  missionId,
  suggestedHours,
  onApplied,
}: {
  missionId: string;
  suggestedHours: number;
  onApplied(): void;
}) {
  const [motivation, setMotivation] = useState('');
  const [hours, setHours] = useState(String(suggestedHours));
  const [touched, setTouched] = useState<Record<Field, boolean>>({ motivation: false, proposedHours: false });
  const [server, setServer] = useState<ErrorReport>({ fields: {}, general: [] });
  const [apply, { loading }] = useMutation(ApplyMutation, {
    refetchQueries: [{ query: MissionQuery, variables: { id: missionId } }],
  });

  const problems: Record<Field, string | null> = {
    motivation: motivationProblem(motivation),
    proposedHours: hoursProblem(hours),
  };
  const messageOf = (field: Field): string | null =>
    (touched[field] ? problems[field] : null) ?? server.fields[field] ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched({ motivation: true, proposedHours: true });
    setServer({ fields: {}, general: [] });
    if (problems.motivation || problems.proposedHours) {
      document.getElementById(problems.motivation ? 'apply-motivation' : 'apply-hours')?.focus();
      return;
    }
    try {
      const result = await apply({
        variables: { input: { missionId, motivation: motivation.trim(), proposedHours: Number(hours) } },
      });
      if (result.data?.apply) onApplied();
    } catch (error) {
      setServer(reportOf(error));
    }
  };

  const motivationMessage = messageOf('motivation');
  const hoursMessage = messageOf('proposedHours');
  return (
    <form onSubmit={submit} noValidate aria-labelledby="apply-title">
      <h2 id="apply-title">Candidater</h2>
      {server.general.length > 0 ? (
        <Alert
          severity="error"
          title="La candidature n’a pas été déposée"
          description={server.general.join(' ')}
          className={fr.cx('fr-mb-3w')}
        />
      ) : null}
      <Input
        label="Votre motivation"
        hintText={`Ce que vous apporteriez à la mission, de 20 à ${MOTIVATION_MAX} caractères (${motivation.trim().length} saisis).`}
        textArea
        state={motivationMessage ? 'error' : 'default'}
        stateRelatedMessage={motivationMessage ?? undefined}
        nativeTextAreaProps={{
          id: 'apply-motivation',
          name: 'motivation',
          rows: 6,
          value: motivation,
          required: true,
          onChange: (event) => {
            setMotivation(event.target.value);
            setTouched((previous) => ({ ...previous, motivation: true }));
          },
        }}
      />
      <Input
        label="Heures proposées"
        hintText="Le temps que vous proposez de consacrer à la mission, de 1 à 105 heures."
        state={hoursMessage ? 'error' : 'default'}
        stateRelatedMessage={hoursMessage ?? undefined}
        nativeInputProps={{
          id: 'apply-hours',
          name: 'proposedHours',
          inputMode: 'numeric',
          value: hours,
          required: true,
          onChange: (event) => {
            setHours(event.target.value);
            setTouched((previous) => ({ ...previous, proposedHours: true }));
          },
        }}
      />
      <Button type="submit" disabled={loading} iconId="fr-icon-send-plane-line">
        {loading ? 'Envoi…' : 'Déposer ma candidature'}
      </Button>
    </form>
  );
}
