import { badUserInput, isBoundedId, TEXT_MESSAGES } from '@talents/common';

/** How many skills a host may endorse for one completed application. */
export const MAX_ENDORSEMENTS_PER_APPLICATION = 5;

/** The skill ids asked for, without repeats; BAD_USER_INPUT on `skillIds` (or the one at fault). */
export function checkedSkillIds(skillIds: readonly string[] | null | undefined): string[] {
  if (!skillIds || skillIds.length === 0) {
    throw badUserInput('skillIds', 'Choisissez au moins une compétence à recommander.');
  }
  const malformed = skillIds.findIndex((id) => !isBoundedId(id));
  if (malformed >= 0) throw badUserInput(`skillIds.${malformed}`, TEXT_MESSAGES.id);
  const unique = [...new Set(skillIds)];
  if (unique.length > MAX_ENDORSEMENTS_PER_APPLICATION) throw tooMany();
  return unique;
}

export function unknownSkillMessage(id: string): string {
  return `Compétence inconnue : « ${id} ». Choisissez une compétence du référentiel.`;
}

export function tooMany() {
  return badUserInput(
    'skillIds',
    `Au plus ${MAX_ENDORSEMENTS_PER_APPLICATION} compétences recommandées par mission réalisée.`,
  );
}
