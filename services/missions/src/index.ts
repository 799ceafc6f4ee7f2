import 'reflect-metadata';
import type { SubgraphDefinition } from '@talents/common';
import { CreateMissions1733000000000 } from './migrations/1733000000000-CreateMissions';
import { CreateMissionsAuditLog1736000000000 } from './migrations/1736000000000-CreateMissionsAuditLog';
import { MatchingAndFeed1737000000000 } from './migrations/1737000000000-MatchingAndFeed';
import { PrecomputedMatches1739000000000 } from './migrations/1739000000000-PrecomputedMatches';
import { MissionReferences1740000000000 } from './migrations/1740000000000-MissionReferences';
import { MissionVersionAndIdempotency1742100000000 } from './migrations/1742100000000-MissionVersionAndIdempotency';
import { ProgrammeNumbers1752100000000 } from './migrations/1752100000000-ProgrammeNumbers';
import { EndorsedMatching1753200000000 } from './migrations/1753200000000-EndorsedMatching';
import { applyAgentChangedForMatching } from './matching/agent-profile.consumer';
import { MissionEntity, MissionSkillEntity } from './mission/mission.entity';
import { missionEventsSnapshot } from './mission/mission.events';
import { buildMissionsSchema } from './schema';
import { applyMissionFilled } from './seats/mission-filled.consumer';

export { seedMissions } from './mission/mission.seed';
export { seedMissionReferences } from './mission/mission.references';
export { seedAgentMatchProfiles } from './matching/agent-profile.consumer';
export { MISSION_PUBLISHED_TOPIC } from './matching/matching.feed';
export { MissionEntity, MissionSkillEntity } from './mission/mission.entity';
export {
  missionChangedEvent,
  missionEventsSnapshot,
  type MissionChangedEvent,
  type MissionChangedPayload,
} from './mission/mission.events';

export const missionsSubgraph: SubgraphDefinition = {
  name: 'missions',
  entities: [MissionEntity, MissionSkillEntity],
  migrations: [
    CreateMissions1733000000000,
    CreateMissionsAuditLog1736000000000,
    MatchingAndFeed1737000000000,
    PrecomputedMatches1739000000000,
    MissionReferences1740000000000,
    MissionVersionAndIdempotency1742100000000,
    ProgrammeNumbers1752100000000,
    EndorsedMatching1753200000000,
  ],
  buildSchema: buildMissionsSchema,
  snapshot: missionEventsSnapshot,
  consumes: { 'agent.changed': applyAgentChangedForMatching, 'mission.filled': applyMissionFilled },
  feed: true,
};
