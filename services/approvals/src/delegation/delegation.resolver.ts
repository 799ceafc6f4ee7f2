import type { RequestContext } from '@talents/common';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Agent } from '../agent/agent.types';
import { Application } from '../application/application.types';
import { delegateApprovals, delegationsOf, revokeDelegation } from './delegation.service';
import { ApprovalDelegation } from './delegation.types';
import { reassignApprovalRequest } from './reassign.service';

@Resolver(() => ApprovalDelegation)
export class DelegationResolver {
  @Authorized()
  @Mutation(() => ApprovalDelegation, {
    description:
      'Un supérieur hiérarchique confie ses validations à un suppléant (un autre agent) du premier au dernier ' +
      'jour indiqués (aujourd’hui ou plus tard, un an au plus) : le suppléant voit ses demandes en attente et ' +
      'décide en son nom. Une seule délégation en cours par supérieur (CONFLICT sinon : révoquez-la d’abord). Tracé.',
  })
  delegateApprovals(
    @Arg('deputyAgentId', () => ID, { description: 'Identifiant du suppléant (UUID).' })
    deputyAgentId: string,
    @Arg('from', () => GraphQLLocalDate, { description: 'Premier jour (inclus).' }) from: string,
    @Arg('until', () => GraphQLLocalDate, { description: 'Dernier jour (inclus).' }) until: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ApprovalDelegation> {
    return delegateApprovals(ctx, deputyAgentId, from, until);
  }

  @Authorized()
  @Mutation(() => ApprovalDelegation, {
    description:
      'Révoque une délégation (par le supérieur qui l’a donnée, ou l’équipe du programme) : le suppléant ne ' +
      'décide plus en son nom. Tracé.',
  })
  revokeDelegation(
    @Arg('id', () => ID, { description: 'Identifiant de la délégation (UUID).' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ApprovalDelegation> {
    return revokeDelegation(ctx, id);
  }

  @Authorized()
  @Mutation(() => Application, {
    description:
      'L’équipe du programme confie une demande en attente à un autre valideur quand le supérieur hiérarchique ' +
      'de l’agent manque ou est parti (aucun connu, ou compte supprimé) ; un supérieur présent garde la décision ' +
      '(CONFLICT). Tracé.',
  })
  reassignApprovalRequest(
    @Arg('applicationId', () => ID, { description: 'Identifiant de la candidature (UUID).' })
    applicationId: string,
    @Arg('approverAgentId', () => ID, { description: 'Identifiant du nouveau valideur (UUID).' })
    approverAgentId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Application> {
    return reassignApprovalRequest(ctx, applicationId, approverAgentId);
  }
}

@Resolver(() => Agent)
export class AgentDelegationResolver {
  @FieldResolver(() => [ApprovalDelegation], {
    nullable: true,
    description:
      'Délégations de validation en cours ou à venir que cet agent a données (supérieur) ou reçues (suppléant). ' +
      'Pour l’agent lui-même et l’équipe du programme, sinon null avec une erreur FORBIDDEN.',
  })
  approvalDelegations(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<ApprovalDelegation[]> {
    return delegationsOf(ctx, agent.id);
  }
}
