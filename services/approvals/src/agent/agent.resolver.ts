import type { RequestContext } from '@talents/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { applicationsOfAgent } from '../application/application.service';
import { Application } from '../application/application.types';
import { Agent } from './agent.types';

@Resolver(() => Agent)
export class AgentResolver {
  @FieldResolver(() => [Application], {
    description: 'Candidatures de cet agent, de la plus ancienne à la plus récente.',
  })
  applications(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<Application[]> {
    return applicationsOfAgent(ctx, agent.id);
  }
}

/** `_entities` for Agent: only the key is known here, nothing to load. */
export const agentReferenceResolver = {
  __resolveReference(reference: { id: string }): Agent {
    return Object.assign(new Agent(), reference);
  },
};
