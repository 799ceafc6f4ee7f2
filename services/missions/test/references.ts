import type { DataSource } from 'typeorm';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import { missionsSubgraph, seedMissionReferences } from '../src';

/**
 * What profiles would have told missions about the ids a suite writes into missions: the
 * referentials' skills and administrations, and the contacts (agent → administration).
 */
export async function knowReferences(
  db: DataSource,
  references: {
    administrations: readonly string[];
    skills: readonly string[];
    contacts: Record<string, string>;
  },
): Promise<void> {
  await seedMissionReferences(db, {
    administrations: references.administrations.map((id) => ({ id })),
    skills: references.skills.map((id) => ({ id })),
  });
  const contacts = Object.entries(references.contacts);
  await db.query(
    `INSERT INTO missions.agent_match_profile (agent_id, administration_id, version)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[])
     ON CONFLICT (agent_id) DO UPDATE SET administration_id = EXCLUDED.administration_id`,
    [
      contacts.map(([agentId]) => agentId),
      contacts.map(([, administrationId]) => administrationId),
      contacts.map(() => '2000-01-01T00:00:00.000Z'),
    ],
  );
}

/** Skill ids the suites use, generated ones included. */
export const TEST_SKILLS = [
  'typescript',
  'cybersecurite',
  'linux',
  'design-ux',
  'accessibilite',
  'python',
  'rgaa',
  's',
  ...Array.from({ length: 20 }, (_, index) => `s${index}`),
  ...Array.from({ length: 20 }, (_, index) => `competence-${index}`),
  ...Array.from({ length: 7 }, (_, index) => `outil-${index}`),
];

export const TEST_ADMINISTRATIONS = ['dinum', 'dgfip', 'minint', 'minarm', 'insee', 'bulk', 'a'];

/**
 * The missions subgraph on a fresh database, knowing the test referentials and `contacts` (agent →
 * administration): what a suite that writes missions starts from. Stopped again if the seeding fails.
 */
export async function startMissionsSubgraph(contacts: Record<string, string>): Promise<TestSubgraph> {
  const server = await startTestSubgraph(missionsSubgraph);
  try {
    await knowReferences(server.db, { administrations: TEST_ADMINISTRATIONS, skills: TEST_SKILLS, contacts });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/**
 * A valid `MissionInput` hosted by dinum, remote, one seat, in 2096: each suite gives its own title,
 * description, contact, skills and effort, and its cases their `overrides`.
 */
export function missionInput(
  own: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    kind: 'STUDY_AUDIT',
    domain: 'TECHNICAL',
    hostAdministrationId: 'dinum',
    startDate: '2096-04-01',
    applicationDeadline: '2096-03-15',
    workMode: 'REMOTE',
    seats: 1,
    ...own,
    ...overrides,
  };
}
