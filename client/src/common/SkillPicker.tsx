import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import type { SkillLevel } from '../gql/graphql';
import { AddButton } from './AddButton';
import { LevelOptions, SkillOptions } from './options';

/**
 * The row that adds a skill to a list: a skill (by family), a level, and the button, which is off
 * until a skill is chosen. The agent's profile and the host's mission each name its parts their way.
 */
export function SkillPicker({
  skills,
  labels,
  className,
  skillSelectProps,
  onAdd,
}: {
  /** The skills that may still be added. */
  skills: ReadonlyArray<{ id: string; label: string; familyLabel: string }>;
  labels: { skill: string; level: string; add: string };
  className: string;
  /** Where the skill list's own message points (its id, the message it is described by). */
  skillSelectProps?: { id: string; 'aria-describedby': string | undefined };
  onAdd(skillId: string, level: SkillLevel): void;
}) {
  const [adding, setAdding] = useState('');
  const [addingLevel, setAddingLevel] = useState<SkillLevel>('INTERMEDIATE');
  return (
    <div className={className}>
      <Select
        label={labels.skill}
        nativeSelectProps={{
          ...skillSelectProps,
          value: adding,
          onChange: (event) => setAdding(event.target.value),
        }}
      >
        <option value="">Choisir…</option>
        <SkillOptions skills={skills} />
      </Select>
      <Select
        label={labels.level}
        nativeSelectProps={{
          value: addingLevel,
          onChange: (event) => setAddingLevel(event.target.value as SkillLevel),
        }}
      >
        <LevelOptions />
      </Select>
      <AddButton
        label={labels.add}
        iconId="fr-icon-add-line"
        disabled={!adding}
        onAdd={() => {
          onAdd(adding, addingLevel);
          setAdding('');
        }}
      />
    </div>
  );
}
