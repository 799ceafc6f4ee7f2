import type { RequestContext } from '@talents/common';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { approvalInboxOf, timeBudgetOf } from '../budget/budget.service';
import { ApprovalRequest, TimeBudget } from '../budget/budget.types';
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

  @FieldResolver(() => [ApprovalRequest], {
    nullable: true,
    description:
      'Demandes de libération de temps en attente de la décision de cet agent en tant que supérieur ' +
      'hiérarchique : les candidatures déposées des agents qu’il encadre, de la plus ancienne à la plus récente, ' +
      'avec les heures demandées et le budget restant ; pour un membre de l’équipe du programme, aussi celles ' +
      'des agents sans supérieur hiérarchique connu (leur file). Pour l’agent lui-même et l’équipe du programme, ' +
      'sinon null avec une erreur FORBIDDEN.',
  })
  approvalInbox(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<ApprovalRequest[]> {
    return approvalInboxOf(ctx, agent.id);
  }

  @FieldResolver(() => TimeBudget, {
    nullable: true,
    description:
      'Budget annuel d’heures de cet agent pour une année, et ses heures déjà engagées. Pour l’agent, son ' +
      'supérieur hiérarchique et l’équipe du programme, sinon null avec une erreur FORBIDDEN.',
  })
  timeBudget(
    @Root() agent: Agent,
    @Arg('year', () => Int, { description: 'Année civile (2000 à 2100).' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<TimeBudget> {
    return timeBudgetOf(ctx, agent.id, year);
  }

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description:
      'Export RGPD des données de candidature de cet agent (JSON) : ses candidatures avec leur motivation, ' +
      'les décisions et leurs motifs, ses conventions, les heures réalisées et les retours ; rien d’un autre agent. Pour l’agent lui-même et l’équipe du programme ' +
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
