import { badUserInput, ministryOfEach } from '@talents/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { MissionFields } from './mission.rules';

const S = 'missions';

export const REFERENCE_MESSAGES = {
  unknownAdministration: (id: string) =>
    `Administration inconnue : « ${id} ». Choisissez une administration de la liste.`,
  unknownSkill: (id: string) => `Compétence inconnue : « ${id} ». Choisissez une compétence du référentiel.`,
  unknownContact: 'L’agent à contacter est inconnu ou son compte a été effacé : désignez un agent existant.',
  contactElsewhere:
    'L’agent à contacter doit être un agent de l’administration d’accueil de la mission : désignez un de ses agents.',
} as const;

async function knownIds(manager: EntityManager, table: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = (await manager.query(`SELECT id FROM ${S}.${table} WHERE id = ANY($1::text[])`, [
    [...new Set(ids)],
  ])) as Array<{ id: string }>;
  return new Set(rows.map((row) => row.id));
}

/**
 * Every id a mission stores that points into profiles, checked through missions' projections when
 * it is written: the host and restriction administrations, the skills, and the contact — an agent of
 * the host administration whose account still exists. BAD_USER_INPUT names the first field at fault.
 */
export async function checkMissionReferences(
  manager: EntityManager,
  fields: MissionFields,
  path = 'input',
): Promise<void> {
  const administrations = await knownIds(manager, 'administration_reference', [
    fields.hostAdministrationId,
    ...fields.restrictedTo,
  ]);
  if (!administrations.has(fields.hostAdministrationId)) {
    throw badUserInput(
      `${path}.hostAdministrationId`,
      REFERENCE_MESSAGES.unknownAdministration(fields.hostAdministrationId),
    );
  }
  const restricted = fields.restrictedTo.findIndex((id) => !administrations.has(id));
  if (restricted >= 0) {
    throw badUserInput(
      `${path}.restrictedToAdministrationIds.${restricted}`,
      REFERENCE_MESSAGES.unknownAdministration(fields.restrictedTo[restricted] ?? ''),
    );
  }
  const skills = await knownIds(
    manager,
    'skill_reference',
    fields.requiredSkills.map((skill) => skill.skillId),
  );
  const skill = fields.requiredSkills.findIndex((required) => !skills.has(required.skillId));
  if (skill >= 0) {
    throw badUserInput(
      `${path}.requiredSkills.${skill}.skillId`,
      REFERENCE_MESSAGES.unknownSkill(fields.requiredSkills[skill]?.skillId ?? ''),
    );
  }
  const [contact] = (await manager.query(
    `SELECT administration_id, erased FROM ${S}.agent_match_profile WHERE agent_id = $1`,
    [fields.contactAgentId],
  )) as Array<{ administration_id: string | null; erased: boolean }>;
  if (!contact || contact.erased) {
    throw badUserInput(`${path}.contactAgentId`, REFERENCE_MESSAGES.unknownContact);
  }
  if (contact.administration_id !== fields.hostAdministrationId) {
    throw badUserInput(`${path}.contactAgentId`, REFERENCE_MESSAGES.contactElsewhere);
  }
}

/**
 * Loads the referentials' ids as profiles holds them (the demo data), each administration with its
 * ministry (the programme's numbers filter by it); skills already there stay, administrations get
 * their ministry refreshed.
 */
export async function seedMissionReferences(
  db: DataSource | EntityManager,
  data: {
    skills: ReadonlyArray<{ id: string }>;
    administrations: ReadonlyArray<{ id: string; parentId?: string | null }>;
  },
): Promise<void> {
  await db.query(`INSERT INTO ${S}.skill_reference (id) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [
    data.skills.map((skill) => skill.id),
  ]);
  const ministries = ministryOfEach(data.administrations);
  await db.query(
    `INSERT INTO ${S}.administration_reference (id, ministry_id) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (id) DO UPDATE SET ministry_id = EXCLUDED.ministry_id`,
    [[...ministries.keys()], [...ministries.values()]],
  );
}
