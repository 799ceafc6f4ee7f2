import { isUuid, MissionStatus, normaliseUuid, publishEvent, todayInParis } from '@talents/common';
import type { EntityManager } from 'typeorm';
import { dropMissionMatches, scoreMission } from '../matching/matching.sql';
import { MissionEntity } from '../mission/mission.entity';
import { missionChangedEvent } from '../mission/mission.events';

/** `mission.filled` (approvals → missions): the last seat was taken, or a seat of a full mission freed. */
export interface MissionFilledPayload {
  missionId: string;
  filled: boolean;
  version: string;
}

class MalformedMissionFilledEvent extends Error {
  constructor(problem: string) {
    super(`Malformed mission.filled event: ${problem}`);
    this.name = 'MalformedMissionFilledEvent';
  }
}

/**
 * Moves a published mission to FILLED when approvals took its last seat (it then leaves matching),
 * and a filled mission back to PUBLISHED when a seat was freed before it started. Idempotent: a
 * mission already in the target status, or in any other status (closed, cancelled…), is left alone,
 * so a replayed or duplicated event changes nothing. The write leaves what every mission write
 * leaves — its audit row (by the system, on approvals' behalf) and `mission.changed` — in the
 * consumer's transaction.
 */
export async function applyMissionFilled(
  payload: MissionFilledPayload,
  manager: EntityManager,
): Promise<void> {
  if (typeof payload.missionId !== 'string' || !isUuid(payload.missionId)) {
    throw new MalformedMissionFilledEvent('missionId is not a UUID');
  }
  if (typeof payload.filled !== 'boolean') throw new MalformedMissionFilledEvent('filled is not a boolean');
  const id = normaliseUuid(payload.missionId);
  const [from, to] = payload.filled
    ? [MissionStatus.PUBLISHED, MissionStatus.FILLED]
    : [MissionStatus.FILLED, MissionStatus.PUBLISHED];
  const before = await manager
    .getRepository(MissionEntity)
    .createQueryBuilder('m')
    .setLock('pessimistic_write')
    .where('m.id = :id', { id })
    .getOne();
  if (!before || before.status !== from) return;
  // A mission that has started stays filled: nobody joins it any more.
  if (!payload.filled && before.startDate <= todayInParis()) return;
  await manager
    .createQueryBuilder()
    .update(MissionEntity)
    .set({ status: to, updatedAt: () => 'clock_timestamp()' })
    .where('id = :id', { id })
    .execute();
  const after = await manager.getRepository(MissionEntity).findOneByOrFail({ id });
  await manager.query(
    `INSERT INTO "missions".audit_log
       (actor_kind, actor_id, action, entity_type, entity_id, subject_agent_id, fields, before, after, request_id)
     VALUES ('system', 'approvals', $1, 'Mission', $2, $3, '{}', $4, $5, NULL)`,
    [
      payload.filled ? 'mission.filledBySeats' : 'mission.reopenedBySeats',
      id,
      after.contactAgentId,
      JSON.stringify({ status: before.status }),
      JSON.stringify({ status: after.status }),
    ],
  );
  if (payload.filled) await dropMissionMatches(manager, id);
  else await scoreMission(manager, id);
  await publishEvent(manager, missionChangedEvent(after));
}
