import 'reflect-metadata';
import { buildFederatedSchema, type SubgraphDefinition } from '@talents/common';
import { AgentResolver, agentReferenceResolver } from './agent/agent.resolver';
import { Application } from './application/application.entity';
import { ApplicationResolver, applicationReferenceResolver } from './application/application.resolver';
import { CreateApplications1730000000000 } from './migrations/1730000000000-CreateApplications';
import { MissionResolver, missionReferenceResolver } from './mission/mission.resolver';

export { seedApprovals } from './seed';
export { Application, ACTIVE_STATUSES } from './application/application.entity';

export const approvalsSubgraph: SubgraphDefinition = {
  name: 'approvals',
  entities: [Application],
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
