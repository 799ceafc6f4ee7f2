import type { RequestContext } from '@talents/common';
import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Agent } from '../agent/agent.types';
import { SetAgentIdentityArgs } from './identity.inputs';
import { IdentityService } from './identity.service';

@Resolver(() => Agent)
export class IdentityResolver {
  @Authorized()
  @Mutation(() => Agent, {
    description:
      'Modifie ce qui décide des droits d’un agent : administration d’affectation, manager de rattachement, statut de référent (HOST), appartenance à l’équipe du programme (ADMIN). Équipe du programme seulement, jamais l’agent lui-même ; chaque changement est journalisé (avant/après) et s’applique dès la requête suivante. L’autre source de ces attributs est le fournisseur d’identité : aujourd’hui, la connexion ProConnect ne rapproche l’agent que par son adresse électronique et n’applique pas encore ses revendications d’organisation (organizational_unit, belonging_population).',
  })
  setAgentIdentity(
    @Args(() => SetAgentIdentityArgs, { validate: { skipMissingProperties: false } })
    args: SetAgentIdentityArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Agent> {
    return new IdentityService(ctx).setIdentity(args.agentId, args.input);
  }
}
