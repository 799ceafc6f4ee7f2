import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { administrationName, MISSION_KIND_LABELS } from '../common/labels';
import { LabelOptions } from '../common/options';
import type { MissionKind } from '../gql/graphql';
import { NumbersMinistriesQuery } from './numbers.operations';
import type { NumbersScope } from './scope';

/**
 * The scope of the numbers: period, host ministry, mission kind. Applied on submit (a select that
 * reloaded the figures as it changed would move the reader without warning, RGAA 7.5); the API's
 * refusal of a value shows beside its field (`fieldErrors`, by the field's last segment).
 */
export function NumbersFilters({
  scope,
  fieldErrors,
  onApply,
}: {
  scope: NumbersScope;
  fieldErrors: Record<string, string>;
  onApply(scope: NumbersScope): void;
}) {
  const [draft, setDraft] = useState<NumbersScope>(scope);
  const ministries = useQuery(NumbersMinistriesQuery);
  const options = (ministries.data?.administrations ?? [])
    .filter((administration) => administration.kind === 'MINISTRY')
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const set = <K extends keyof NumbersScope>(key: K, value: NumbersScope[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const state = (field: string) => (fieldErrors[field] ? 'error' : 'default');
  const dateInput = (field: 'from' | 'to', label: string, hintText: string, name: string) => (
    <Input
      label={label}
      hintText={hintText}
      state={state(field)}
      stateRelatedMessage={fieldErrors[field]}
      nativeInputProps={{
        type: 'date',
        name,
        value: draft[field],
        onChange: (event) => set(field, event.target.value),
      }}
    />
  );

  return (
    <form onSubmit={submit} aria-label="Périmètre des chiffres" className="numbers-filters" noValidate>
      {dateInput('from', 'Du', 'Premier jour de la période', 'du')}
      {dateInput('to', 'Au', 'Dernier jour, inclus', 'au')}
      <Select
        label="Ministère d’accueil"
        hint={
          ministries.error && !ministries.data
            ? 'La liste des ministères est indisponible.'
            : 'Qui accueille les missions'
        }
        state={state('ministryId')}
        stateRelatedMessage={fieldErrors.ministryId}
        nativeSelectProps={{
          name: 'ministere',
          value: draft.ministryId,
          onChange: (event) => set('ministryId', event.target.value),
        }}
      >
        <option value="">Tous les ministères</option>
        {/* A shared view may name a ministry the list has not loaded yet: it stays selected. */}
        {draft.ministryId && !options.some((option) => option.id === draft.ministryId) ? (
          <option value={draft.ministryId}>{draft.ministryId}</option>
        ) : null}
        {options.map((ministry) => (
          <option key={ministry.id} value={ministry.id}>
            {administrationName(ministry)}
          </option>
        ))}
      </Select>
      <Select
        label="Type de mission"
        hint="Toutes les natures ou une seule"
        state={state('kind')}
        stateRelatedMessage={fieldErrors.kind}
        nativeSelectProps={{
          name: 'type',
          value: draft.kind,
          onChange: (event) => set('kind', event.target.value as MissionKind | ''),
        }}
      >
        <option value="">Tous les types</option>
        <LabelOptions labels={MISSION_KIND_LABELS} />
      </Select>
      <div className="numbers-filters__actions">
        <Button type="submit" iconId="fr-icon-filter-line">
          Afficher les chiffres
        </Button>
      </div>
    </form>
  );
}
