import 'reflect-metadata';
import { buildFederatedSchema, type SubgraphDefinition } from '@talents/common';
import { AgentResolver, agentReferenceResolver } from './agent/agent.resolver';
import { ApplicationEntity } from './application/application.entity';
import { ApplicationResolver, applicationReferenceResolver } from './application/application.resolver';
import { CreateApplications1730000000000 } from './migrations/1730000000000-CreateApplications';
import { MissionResolver, missionReferenceResolver } from './mission/mission.resolver';

export { seedApprovals } from './seed';
export { ApplicationEntity, ACTIVE_STATUSES, REASONED_STATUSES } from './application/application.entity';
export { Application } from './application/application.types';

export const approvalsSubgraph: SubgraphDefinition = {
  name: 'approvals',
  entities: [ApplicationEntity],
  migrations: [CreateApplications1730000000000],
  buildSchema: () =>
    buildFederatedSchema(
      { resolvers: [ApplicationResolver, MissionResolver, AgentResolver] },
      {
        Application: applicationReferenceResolver,
        Mission: missionReferenceResolver,
        Agent: agentReferenceResolver,
      },
    ),
};
