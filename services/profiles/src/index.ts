import 'reflect-metadata';
import type { SubgraphDefinition } from '@talents/common';
import { AdministrationEntity } from './administration/administration.entity';
import { AgentHiddenFromEntity } from './agent/agent-hidden-from.entity';
import { AgentSkillEntity } from './agent/agent-skill.entity';
import { AgentEntity } from './agent/agent.entity';
import { agentChangedSnapshot } from './agent/agent.events';
import { ApplicantHostEntity } from './agent/applicant-host.entity';
import { applyApplicationChanged } from './agent/applicant-host.consumer';
import { HostReferentEntity } from './identity/host-referent.entity';
import { ProgrammeAdminEntity } from './identity/programme-admin.entity';
import { CreateProfiles1733040000000 } from './migrations/1733040000000-CreateProfiles';
import { IdentityAndPersonalData1733050000000 } from './migrations/1733050000000-IdentityAndPersonalData';
import { MatchScore1737100000000 } from './migrations/1737100000000-MatchScore';
import { AgentVersion1742200000000 } from './migrations/1742200000000-AgentVersion';
import { SkillEndorsements1753000000000 } from './migrations/1753000000000-SkillEndorsements';
import { SkillEndorsementEntity } from './endorsement/endorsement.entity';
import { applySkillsEndorsed } from './endorsement/endorsement.consumer';
import { buildProfilesSchema } from './schema';
import { PROFILES_SCHEMA } from './shared/constants';
import { SkillEntity } from './skill/skill.entity';

export { seedProfiles } from './seed/profiles.seed';
export { agentChangedEvent, agentChangedSnapshot, type AgentChangedPayload } from './agent/agent.events';
export { applyApplicationChanged, type ApplicationChangedPayload } from './agent/applicant-host.consumer';
export { applySkillsEndorsed, type SkillsEndorsedPayload } from './endorsement/endorsement.consumer';

export const profilesSubgraph: SubgraphDefinition = {
  name: PROFILES_SCHEMA,
  entities: [
    AdministrationEntity,
    SkillEntity,
    AgentEntity,
    AgentSkillEntity,
    AgentHiddenFromEntity,
    ApplicantHostEntity,
    HostReferentEntity,
    ProgrammeAdminEntity,
    SkillEndorsementEntity,
  ],
  migrations: [
    CreateProfiles1733040000000,
    IdentityAndPersonalData1733050000000,
    MatchScore1737100000000,
    AgentVersion1742200000000,
    SkillEndorsements1753000000000,
  ],
  buildSchema: buildProfilesSchema,
  consumes: { 'application.changed': applyApplicationChanged, 'skills.endorsed': applySkillsEndorsed },
  snapshot: agentChangedSnapshot,
};
