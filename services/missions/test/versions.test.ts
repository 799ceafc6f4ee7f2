import { randomUUID } from 'node:crypto';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import { missionsSubgraph } from '../src';

/**
 * What the database itself guarantees for issue 18 item 8, whatever writes: the mission's version
 * counts each UPDATE statement on the row exactly once (not the array refreshes that triggers on
 * mission_skill make, not a value the statement tries to set), and an idempotency key is unique per
 * caller and bounded.
 */
describe('missions: versions and idempotency keys in the database', () => {
  let server: TestSubgraph;

  beforeAll(async () => {
    server = await startTestSubgraph(missionsSubgraph);
  });

  afterAll(async () => {
    await server?.stop();
  });

  async function insertMission(): Promise<string> {
    const id = randomUUID();
    await server.db.query(
      `INSERT INTO missions.mission (id, title, kind, domain, description, host_administration_id,
         contact_agent_id, effort_hours, start_date, end_date, application_deadline, work_mode, seats)
       VALUES ($1, 'Audit', 'STUDY_AUDIT', 'TECHNICAL', 'Un audit.', 'dinum', $2, 10,
         '2030-03-01', '2030-04-01', '2030-02-01', 'REMOTE', 1)`,
      [id, randomUUID()],
    );
    return id;
  }

  async function versionOf(id: string): Promise<number> {
    const rows = (await server.db.query('SELECT version FROM missions.mission WHERE id = $1', [
      id,
    ])) as Array<{
      version: number;
    }>;
    return rows[0]!.version;
  }

  it('starts at 1 and counts each UPDATE once, ignoring a version the statement sets itself', async () => {
    const id = await insertMission();
    expect(await versionOf(id)).toBe(1);
    await server.db.query(`UPDATE missions.mission SET title = 'Audit, revu' WHERE id = $1`, [id]);
    expect(await versionOf(id)).toBe(2);
    await server.db.query(`UPDATE missions.mission SET version = 42, seats = 2 WHERE id = $1`, [id]);
    expect(await versionOf(id)).toBe(3);
  });

  it('does not count the skill arrays that triggers on mission_skill refresh', async () => {
    const id = await insertMission();
    await server.db.query(
      `INSERT INTO missions.mission_skill (mission_id, skill_id, min_level, essential, position)
       VALUES ($1, 'typescript', 'ADVANCED', true, 0), ($1, 'python', 'BEGINNER', false, 1)`,
      [id],
    );
    await server.db.query(`DELETE FROM missions.mission_skill WHERE mission_id = $1 AND position = 1`, [id]);
    const rows = (await server.db.query('SELECT skill_ids, version FROM missions.mission WHERE id = $1', [
      id,
    ])) as Array<{ skill_ids: string[]; version: number }>;
    expect(rows[0]).toEqual({ skill_ids: ['typescript'], version: 1 });
  });

  it('keeps one idempotency key per caller, bounded, pointing at a mission that exists', async () => {
    const id = await insertMission();
    const caller = randomUUID();
    const claim = (key: string, callerId = caller, missionId = id) =>
      server.db.query(
        `INSERT INTO missions.create_request (caller_id, idempotency_key, request_hash, mission_id)
         VALUES ($1, $2, $3, $4)`,
        [callerId, key, 'a'.repeat(64), missionId],
      );
    await claim('cle-1');
    await expect(claim('cle-1')).rejects.toMatchObject({ code: '23505' });
    await claim('cle-1', randomUUID());
    await expect(claim('k'.repeat(129))).rejects.toMatchObject({ code: '23514' });
    await expect(claim('cle-2', caller, randomUUID())).rejects.toMatchObject({ code: '23503' });
  });
});
