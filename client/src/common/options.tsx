import { SKILL_LEVEL_LABELS, SKILL_LEVELS } from './labels';

interface SkillChoice {
  id: string;
  label: string;
  familyLabel: string;
}

/** Skills grouped by family, in the referential's order. */
export function byFamily<T extends { familyLabel: string }>(skills: readonly T[]): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const skill of skills)
    groups.set(skill.familyLabel, [...(groups.get(skill.familyLabel) ?? []), skill]);
  return [...groups.entries()];
}

/** The <option>s of a skill list, one <optgroup> per family. */
export function SkillOptions({ skills }: { skills: readonly SkillChoice[] }) {
  return (
    <>
      {byFamily(skills).map(([family, members]) => (
        <optgroup key={family} label={family}>
          {members.map((skill) => (
            <option key={skill.id} value={skill.id}>
              {skill.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

/** The <option>s of a skill level, from beginner to expert. */
export function LevelOptions() {
  return (
    <>
      {SKILL_LEVELS.map((level) => (
        <option key={level} value={level}>
          {SKILL_LEVEL_LABELS[level]}
        </option>
      ))}
    </>
  );
}

/** The <option>s of a closed list (mission kinds, work modes), in the order of its labels. */
export function LabelOptions<K extends string>({ labels }: { labels: Record<K, string> }) {
  return (
    <>
      {(Object.keys(labels) as K[]).map((value) => (
        <option key={value} value={value}>
          {labels[value]}
        </option>
      ))}
    </>
  );
}
