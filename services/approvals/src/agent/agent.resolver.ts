import type { RequestContext } from '@talents/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Application } from '../application/application.entity';
import { applicationsByAgent } from '../application/application.loader';
import { Agent } from './agent.types';

@Resolver(() => Agent)
export class AgentResolver {
  @FieldResolver(() => [Application], {
    description: 'Candidatures de cet agent, de la plus ancienne à la plus récente.',
  })
  applications(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<Application[]> {
    return applicationsByAgent(ctx).load(agent.id);
  }
}

/** `_entities` for Agent: only the key is known here, nothing to load. */
export const agentReferenceResolver = {
  __resolveReference(reference: { id: string }): Agent {
    return Object.assign(new Agent(), reference);
  },
};
