import { useMutation } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useMemo, useState, type FormEvent } from 'react';
import { RemoveButton } from '../common/AddButton';
import { LevelOptions } from '../common/options';
import { SkillPicker } from '../common/SkillPicker';
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
              <RemoveButton label={label} onRemove={() => change(skills.filter((_, i) => i !== index))} />
              <SkillEndorsements endorsements={endorsements.get(held.skillId) ?? []} skillLabel={label} />
            </li>
          );
        })}
      </ul>
      <fieldset className={fr.cx('fr-fieldset', 'fr-mb-2w')}>
        <legend className={fr.cx('fr-fieldset__legend', 'fr-text--regular')}>Ajouter une compétence</legend>
        <SkillPicker
          className="skill-row"
          skills={available}
          labels={{ skill: 'Compétence', level: 'Niveau', add: 'Ajouter' }}
          onAdd={(skillId, level) => change([...skills, { skillId, level }])}
        />
      </fieldset>
      <SaveFeedback save={save} label="Enregistrer mes compétences" />
    </form>
  );
}
