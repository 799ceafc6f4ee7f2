import {
  buildFederatedSchema,
  createAuditResolver,
  type FederatedSchema,
  type RequestContext,
} from '@talents/common';
import { AdministrationResolver } from './administration/administration.resolver';
import { AdministrationService } from './administration/administration.service';
import { Administration } from './administration/administration.types';
import { AgentResolver } from './agent/agent.resolver';
import { AgentService } from './agent/agent.service';
import {
  AgentEndorsementResolver,
  AgentSkillEndorsementResolver,
  SkillEndorsementResolver,
} from './endorsement/endorsement.resolver';
import { Agent } from './agent/agent.types';
import { IdentityResolver } from './identity/identity.resolver';
import { PrincipalResolver } from './identity/principal.resolver';
import { MissionSuggestionResolver, missionReferenceResolver } from './matching/mission.resolver';
import { Mission } from './matching/mission.types';
import { PROFILES_SCHEMA } from './shared/constants';
import { skillById } from './skill/skill.loader';
import { SkillResolver } from './skill/skill.resolver';
import { Skill } from './skill/skill.types';

interface Reference {
  id: string;
}

/**
 * `_entities` bypasses type-graphql: each reference goes straight to a request-scoped loader, so N
 * representations of a type cost one query. Unknown or malformed ids resolve to null.
 *
 * No viewer check here, on purpose: other subgraphs reference agents from what anyone may read (the
 * contact of a public mission, for a visitor), and an agent's public fields are what such a
 * reference shows. The personal fields guard themselves in their field resolvers, which run on
 * entities too; an erased agent resolves anonymised, like `agent(id)`.
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
  Mission: missionReferenceResolver,
};

export function buildProfilesSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        AgentResolver,
        AgentSkillEndorsementResolver,
        AgentEndorsementResolver,
        SkillEndorsementResolver,
        SkillResolver,
        AdministrationResolver,
        PrincipalResolver,
        IdentityResolver,
        MissionSuggestionResolver,
        createAuditResolver(PROFILES_SCHEMA),
      ],
      // Mission is reached from no root field here: only through `_entities`.
      orphanedTypes: [Skill, Administration, Mission],
    },
    referenceResolvers,
  );
}
