import type { RequestContext } from '@talents/common';
import { GraphQLJSON } from 'graphql-scalars';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { applicationsOfAgent, approvalsDataOf, type ApprovalsData } from '../application/application.service';
import { Application } from '../application/application.types';
import { Agent } from './agent.types';

@Resolver(() => Agent)
export class AgentResolver {
  @FieldResolver(() => [Application], {
    nullable: true,
    description:
      'Candidatures de cet agent, de la plus ancienne à la plus récente. Donnée personnelle : toutes pour ' +
      'l’agent, son supérieur hiérarchique et l’équipe du programme ; pour un porteur, celles aux missions des ' +
      'administrations dont il est référent ; pour tout autre, null avec une erreur FORBIDDEN.',
  })
  applications(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<Application[]> {
    return applicationsOfAgent(ctx, agent.id);
  }

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description:
      'Export RGPD des données de candidature de cet agent (JSON) : ses candidatures avec leur motivation, ' +
      'les décisions et leurs motifs ; rien d’un autre agent. Pour l’agent lui-même et l’équipe du programme ' +
      'seulement, sinon null avec une erreur FORBIDDEN.',
  })
  approvalsData(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<ApprovalsData> {
    return approvalsDataOf(ctx, agent.id);
  }
}

/** `_entities` for Agent: only the key is known here, nothing to load; the fields check access. */
export const agentReferenceResolver = {
  __resolveReference(reference: { id: string }): Agent {
    return Object.assign(new Agent(), reference);
  },
};
