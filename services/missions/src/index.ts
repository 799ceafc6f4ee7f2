import 'reflect-metadata';
import type { SubgraphDefinition } from '@talents/common';
import { CreateMissions1733000000000 } from './migrations/1733000000000-CreateMissions';
import { MissionEntity, MissionSkillEntity } from './mission/mission.entity';
import { buildMissionsSchema } from './schema';

export { seedMissions } from './mission/mission.seed';
export { MissionEntity, MissionSkillEntity } from './mission/mission.entity';

export const missionsSubgraph: SubgraphDefinition = {
  name: 'missions',
  entities: [MissionEntity, MissionSkillEntity],
  migrations: [CreateMissions1733000000000],
  buildSchema: buildMissionsSchema,
};
