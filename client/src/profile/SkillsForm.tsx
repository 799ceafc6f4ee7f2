import { useMutation } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useMemo, useState, type FormEvent } from 'react';
import { AddButton } from '../common/AddButton';
import { LevelOptions, SkillOptions } from '../common/options';
import type { MyProfileQuery, SkillEndorsementItemFragment, SkillLevel } from '../gql/graphql';
import { SkillEndorsements } from './Endorsements';
import { SetSkillsMutation } from './profile.operations';
import { SaveFeedback } from './SaveFeedback';
import { useSave } from './useSave';

type Data = NonNullable<MyProfileQuery>;
type Skill = NonNullable<Data['skills']>[number];

interface Held {
  skillId: string;
  level: SkillLevel;
}

export function SkillsForm({
  agentId,
  version,
  held,
  referential,
  endorsements,
}: {
  agentId: string;
  /** The profile's version as last read: the save is refused if someone wrote since. */
  version: number | null;
  held: Held[];
  referential: Skill[];
  /** Hosts' endorsements by skill id (declared or not: a skill added here shows them at once). */
  endorsements: ReadonlyMap<string, readonly SkillEndorsementItemFragment[]>;
}) {
  const [skills, setSkills] = useState<Held[]>(held);
  const [adding, setAdding] = useState('');
  const [addingLevel, setAddingLevel] = useState<SkillLevel>('INTERMEDIATE');
  const [setAgentSkills] = useMutation(SetSkillsMutation);
  const save = useSave();
  const labels = useMemo(() => new Map(referential.map((skill) => [skill.id, skill])), [referential]);
  const available = referential.filter((skill) => !skills.some((s) => s.skillId === skill.id));

  const change = (next: Held[]) => {
    save.edited();
    setSkills(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run(() => setAgentSkills({ variables: { id: agentId, skills, expectedVersion: version } }));
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="skills-title">
      <h2 id="skills-title">Mes compétences</h2>
      <p className={fr.cx('fr-text--sm')}>
        Elles décident des missions qui vous sont proposées : chaque mission demande des compétences à un
        niveau minimal.
      </p>
      {skills.length === 0 ? <p>Aucune compétence déclarée.</p> : null}
      <ul className="skill-list">
        {skills.map((held, index) => {
          const skill = labels.get(held.skillId);
          const label = skill?.label ?? held.skillId;
          return (
            <li key={held.skillId} className="skill-row">
              <Select
                label={
                  <>
                    {label} <span className={fr.cx('fr-hint-text')}>{skill?.familyLabel}</span>
                  </>
                }
                nativeSelectProps={{
                  value: held.level,
                  onChange: (event) =>
                    change(
                      skills.map((s, i) =>
                        i === index ? { ...s, level: event.target.value as SkillLevel } : s,
                      ),
                    ),
                }}
              >
                <LevelOptions />
              </Select>
              <Button
                type="button"
                priority="tertiary"
                size="small"
                iconId="fr-icon-delete-line"
                title={`Retirer ${label}`}
                onClick={() => change(skills.filter((_, i) => i !== index))}
              >
                Retirer
              </Button>
              <SkillEndorsements endorsements={endorsements.get(held.skillId) ?? []} skillLabel={label} />
            </li>
          );
        })}
      </ul>
      <fieldset className={fr.cx('fr-fieldset', 'fr-mb-2w')}>
        <legend className={fr.cx('fr-fieldset__legend', 'fr-text--regular')}>Ajouter une compétence</legend>
        <div className="skill-row">
          <Select
            label="Compétence"
            nativeSelectProps={{ value: adding, onChange: (event) => setAdding(event.target.value) }}
          >
            <option value="">Choisir…</option>
            <SkillOptions skills={available} />
          </Select>
          <Select
            label="Niveau"
            nativeSelectProps={{
              value: addingLevel,
              onChange: (event) => setAddingLevel(event.target.value as SkillLevel),
            }}
          >
            <LevelOptions />
          </Select>
          <AddButton
            label="Ajouter"
            iconId="fr-icon-add-line"
            disabled={!adding}
            onAdd={() => {
              change([...skills, { skillId: adding, level: addingLevel }]);
              setAdding('');
            }}
          />
        </div>
      </fieldset>
      <SaveFeedback save={save} label="Enregistrer mes compétences" />
    </form>
  );
}
