import { useMutation } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { UNAVAILABLE, WORK_MODE_LABELS } from '../common/labels';
import { LabelOptions } from '../common/options';
import type { MyProfileQuery, WorkMode } from '../gql/graphql';
import { UpdateProfileMutation } from './profile.operations';
import { SaveFeedback } from './SaveFeedback';
import { useSave } from './useSave';

type Me = NonNullable<MyProfileQuery['me']>;
type TextField = 'jobTitle' | 'unit' | 'city' | 'departmentCode' | 'phone';

const TEXT_FIELDS: Array<{ name: TextField; label: string; hint?: string; autoComplete?: string }> = [
  { name: 'jobTitle', label: 'Intitulé du poste', autoComplete: 'organization-title' },
  { name: 'unit', label: 'Service ou bureau' },
  { name: 'city', label: 'Ville de la résidence administrative', autoComplete: 'address-level2' },
  { name: 'departmentCode', label: 'Département', hint: 'Par exemple 75, 2A ou 971.' },
  { name: 'phone', label: 'Téléphone professionnel', hint: 'Format : 01 23 45 67 89.', autoComplete: 'tel' },
];

/** The fields an agent may edit about their job. Their administration is not one of them. */
export function IdentityForm({ me }: { me: Me }) {
  const [values, setValues] = useState<Record<TextField, string>>({
    jobTitle: me.jobTitle ?? '',
    unit: me.unit ?? '',
    city: me.city ?? '',
    departmentCode: me.departmentCode ?? '',
    phone: me.phone ?? '',
  });
  const [workMode, setWorkMode] = useState<WorkMode>(me.workMode ?? 'HYBRID');
  const [update] = useMutation(UpdateProfileMutation);
  const save = useSave();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run(() =>
      update({
        variables: {
          id: me.id,
          input: { ...values, phone: values.phone.trim() || null, workMode },
          expectedVersion: me.version ?? null,
        },
      }),
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="identity-title">
      <h2 id="identity-title">Mon poste</h2>
      <dl className="mission-facts fr-mb-3w">
        <dt>Nom</dt>
        <dd>{me.displayName}</dd>
        <dt>Administration</dt>
        <dd>
          {me.administration?.name ?? UNAVAILABLE}
          <span className={fr.cx('fr-hint-text')}>
            Elle vient de votre compte ProConnect ou de l’équipe du programme : vous ne la modifiez pas ici.
          </span>
        </dd>
        <dt>Adresse électronique</dt>
        <dd>{me.email ?? '—'}</dd>
        <dt>Supérieur hiérarchique</dt>
        <dd>{me.manager?.displayName ?? 'non renseigné'}</dd>
      </dl>
      {TEXT_FIELDS.map((field) => (
        <Input
          key={field.name}
          label={field.label}
          hintText={field.hint}
          state={save.report.fields[field.name] ? 'error' : 'default'}
          stateRelatedMessage={save.report.fields[field.name]}
          nativeInputProps={{
            name: field.name,
            value: values[field.name],
            autoComplete: field.autoComplete,
            onChange: (event) => {
              save.edited();
              setValues((previous) => ({ ...previous, [field.name]: event.target.value }));
            },
          }}
        />
      ))}
      <Select
        label="Modalité de travail souhaitée"
        state={save.report.fields.workMode ? 'error' : 'default'}
        stateRelatedMessage={save.report.fields.workMode}
        nativeSelectProps={{
          name: 'workMode',
          value: workMode,
          onChange: (event) => {
            save.edited();
            setWorkMode(event.target.value as WorkMode);
          },
        }}
      >
        <LabelOptions labels={WORK_MODE_LABELS} />
      </Select>
      <SaveFeedback save={save} label="Enregistrer mon poste" />
    </form>
  );
}
