import 'reflect-metadata';
import type { SubgraphDefinition } from '@talents/common';
import { AdministrationEntity } from './administration/administration.entity';
import { AgentSkillEntity } from './agent/agent-skill.entity';
import { AgentEntity } from './agent/agent.entity';
import { CreateProfiles1733040000000 } from './migrations/1733040000000-CreateProfiles';
import { buildProfilesSchema } from './schema';
import { PROFILES_SCHEMA } from './shared/constants';
import { SkillEntity } from './skill/skill.entity';

export { seedProfiles } from './seed/profiles.seed';

export const profilesSubgraph: SubgraphDefinition = {
  name: PROFILES_SCHEMA,
  entities: [AdministrationEntity, SkillEntity, AgentEntity, AgentSkillEntity],
  migrations: [CreateProfiles1733040000000],
  buildSchema: buildProfilesSchema,
};
