import { buildFederatedSchema, type FederatedSchema, type RequestContext } from '@talents/common';
import { AdministrationResolver } from './administration/administration.resolver';
import { AdministrationService } from './administration/administration.service';
import { Administration } from './administration/administration.types';
import { AgentResolver } from './agent/agent.resolver';
import { AgentService } from './agent/agent.service';
import { Agent } from './agent/agent.types';
import { skillById } from './skill/skill.loader';
import { SkillResolver } from './skill/skill.resolver';
import { Skill } from './skill/skill.types';

interface Reference {
  id: string;
}

/**
 * `_entities` bypasses type-graphql: each reference goes straight to a request-scoped loader, so N
 * representations of a type cost one query. Unknown or malformed ids resolve to null.
 */
const referenceResolvers = {
  Agent: {
    __resolveReference: (reference: Reference, ctx: RequestContext): Promise<Agent | null> =>
      new AgentService(ctx).find(reference.id),
  },
  Skill: {
    __resolveReference: (reference: Reference, ctx: RequestContext): Promise<Skill | null> =>
      skillById(ctx).load(reference.id),
  },
  Administration: {
    __resolveReference: (reference: Reference, ctx: RequestContext): Promise<Administration | null> =>
      new AdministrationService(ctx).find(reference.id),
  },
};

export function buildProfilesSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema(
    {
      resolvers: [AgentResolver, SkillResolver, AdministrationResolver],
      orphanedTypes: [Skill, Administration],
    },
    referenceResolvers,
  );
}
