import { useMutation } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { ToggleSwitch } from '@codegouvfr/react-dsfr/ToggleSwitch';
import { useState, type FormEvent } from 'react';
import { AddButton } from '../common/AddButton';
import type { MyProfileQuery } from '../gql/graphql';
import { SetVisibilityMutation } from './profile.operations';
import { SaveFeedback } from './SaveFeedback';
import { useSave } from './useSave';

type Administration = NonNullable<NonNullable<MyProfileQuery>['administrations']>[number];

/** Whether the agent appears in the directory, and which administrations never see them in lists. */
export function VisibilityForm({
  agentId,
  version,
  inDirectory: initiallyInDirectory,
  hiddenFrom: initiallyHidden,
  administrations,
}: {
  agentId: string;
  /** The profile's version as last read: the save is refused if someone wrote since. */
  version: number | null;
  inDirectory: boolean;
  hiddenFrom: string[];
  administrations: Administration[];
}) {
  const [inDirectory, setInDirectory] = useState(initiallyInDirectory);
  const [hidden, setHidden] = useState<string[]>(initiallyHidden);
  const [adding, setAdding] = useState('');
  const [setVisibility] = useMutation(SetVisibilityMutation);
  const save = useSave();
  const nameOf = (id: string) => administrations.find((a) => a.id === id)?.name ?? id;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run(() =>
      setVisibility({
        variables: {
          id: agentId,
          inDirectory,
          hiddenFrom: hidden,
          expectedVersion: version,
          nextVersion: version === null ? null : version + 1,
        },
      }),
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="visibility-title">
      <h2 id="visibility-title">Visibilité de mon profil</h2>
      <ToggleSwitch
        label="Apparaître dans l’annuaire des talents"
        helperText="Les porteurs de besoin peuvent alors vous trouver et vous proposer une mission. Hors de l’annuaire, seuls vous, votre supérieur, l’équipe du programme et les porteurs des missions où vous candidatez voient votre profil."
        checked={inDirectory}
        onChange={(checked) => {
          save.edited();
          setInDirectory(checked);
        }}
        inputTitle="Apparaître dans l’annuaire des talents"
        showCheckedHint
        labelPosition="left"
        className={fr.cx('fr-mb-3w')}
      />
      <h3 className={fr.cx('fr-h6')}>Masquer mon profil à des administrations</h3>
      <p className={fr.cx('fr-text--sm')}>
        Leurs agents et porteurs de besoin ne vous verront dans aucune liste (sauf si vous y candidatez).
      </p>
      {hidden.length === 0 ? <p className={fr.cx('fr-text--sm')}>Aucune administration masquée.</p> : null}
      <ul className={fr.cx('fr-tags-group')} aria-label="Administrations masquées">
        {hidden.map((id) => (
          <li key={id}>
            <button
              type="button"
              className={fr.cx('fr-tag', 'fr-tag--dismiss')}
              aria-label={`Ne plus masquer à ${nameOf(id)}`}
              onClick={() => {
                save.edited();
                setHidden(hidden.filter((other) => other !== id));
              }}
            >
              {nameOf(id)}
            </button>
          </li>
        ))}
      </ul>
      <div className="skill-row">
        <Select
          label="Administration à masquer"
          nativeSelectProps={{ value: adding, onChange: (event) => setAdding(event.target.value) }}
        >
          <option value="">Choisir…</option>
          {administrations
            .filter((administration) => !hidden.includes(administration.id))
            .map((administration) => (
              <option key={administration.id} value={administration.id}>
                {administration.name}
                {administration.acronym ? ` (${administration.acronym})` : ''}
              </option>
            ))}
        </Select>
        <AddButton
          label="Masquer"
          iconId="fr-icon-eye-off-line"
          disabled={!adding}
          onAdd={() => {
            save.edited();
            setHidden([...hidden, adding]);
            setAdding('');
          }}
        />
      </div>
      {save.report.fields.administrationIds ? (
        <p className={fr.cx('fr-error-text')}>{save.report.fields.administrationIds}</p>
      ) : null}
      <SaveFeedback save={save} label="Enregistrer ma visibilité" />
    </form>
  );
}
