import { useMutation } from '@apollo/client';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import type { MyProfileQuery } from '../gql/graphql';
import { SetAvailabilityMutation } from './profile.operations';
import { SaveFeedback } from './SaveFeedback';
import { useSave } from './useSave';

type Availability = NonNullable<NonNullable<MyProfileQuery['me']>['availability']>;

const HOURS_MAX = 80;

function hoursProblem(hours: string): string | null {
  if (!/^\d+$/.test(hours.trim()) || Number(hours) > HOURS_MAX) {
    return `Indiquez un nombre entier d’heures par mois, de 0 à ${HOURS_MAX}.`;
  }
  return null;
}

export function AvailabilityForm({
  agentId,
  version,
  availability,
}: {
  agentId: string;
  /** The profile's version as last read: the save is refused if someone wrote since. */
  version: number | null;
  availability: Availability | null;
}) {
  const [hours, setHours] = useState(String(availability?.hoursPerMonth ?? 0));
  const [from, setFrom] = useState(availability?.from ?? '');
  const [until, setUntil] = useState(availability?.until ?? '');
  const [setAvailability] = useMutation(SetAvailabilityMutation);
  const save = useSave();
  const hoursMessage = hoursProblem(hours) ?? save.report.fields.hoursPerMonth;
  const untilMessage =
    from && until && until < from ? 'La fin ne peut précéder le début.' : save.report.fields.until;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (hoursProblem(hours) || untilMessage) return;
    void save.run(() =>
      setAvailability({
        variables: {
          id: agentId,
          input: { hoursPerMonth: Number(hours), from: from || null, until: until || null },
          expectedVersion: version,
        },
      }),
    );
  };
  const edit = (set: (value: string) => void) => (event: { target: { value: string } }) => {
    save.edited();
    set(event.target.value);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="availability-title">
      <h2 id="availability-title">Ma disponibilité</h2>
      <Input
        label="Heures par mois que vous pouvez donner"
        hintText={`De 0 à ${HOURS_MAX} heures, avec l’accord de votre supérieur hiérarchique.`}
        state={hoursMessage ? 'error' : 'default'}
        stateRelatedMessage={hoursMessage}
        nativeInputProps={{
          name: 'hoursPerMonth',
          inputMode: 'numeric',
          value: hours,
          onChange: edit(setHours),
        }}
      />
      <div className="skill-row">
        <Input
          label="À partir du"
          hintText="Facultatif"
          state={save.report.fields.from ? 'error' : 'default'}
          stateRelatedMessage={save.report.fields.from}
          nativeInputProps={{ type: 'date', name: 'from', value: from, onChange: edit(setFrom) }}
        />
        <Input
          label="Jusqu’au"
          hintText="Facultatif"
          state={untilMessage ? 'error' : 'default'}
          stateRelatedMessage={untilMessage}
          nativeInputProps={{ type: 'date', name: 'until', value: until, onChange: edit(setUntil) }}
        />
      </div>
      <SaveFeedback save={save} label="Enregistrer ma disponibilité" />
    </form>
  );
}
