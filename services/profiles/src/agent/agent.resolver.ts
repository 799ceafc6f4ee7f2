import type { RequestContext } from '@talents/common';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Administration } from '../administration/administration.types';
import { AdministrationService } from '../administration/administration.service';
import {
  AgentsArgs,
  SetAgentAvailabilityArgs,
  SetAgentSkillsArgs,
  SetDirectoryVisibilityArgs,
  UpdateAgentProfileArgs,
} from './agent.inputs';
import { AgentService } from './agent.service';
import { Agent, AgentConnection, AgentSkill } from './agent.types';

/**
 * Mutation arguments are validated with every property checked, so that an explicit null on a
 * required column fails validation instead of being skipped as "missing".
 */
const STRICT = { validate: { skipMissingProperties: false } };

@Resolver(() => Agent)
export class AgentResolver {
  @Query(() => Agent, {
    nullable: true,
    description: 'Un agent par son identifiant ; erreur NOT_FOUND s’il n’existe pas.',
  })
  agent(
    @Arg('id', () => ID, { description: 'Identifiant (UUID) de l’agent.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Agent> {
    return new AgentService(ctx).get(id);
  }

  @Query(() => AgentConnection, {
    description:
      'L’annuaire des talents : agents visibles, filtrés, par ordre alphabétique, paginés par curseur.',
  })
  agents(@Args(() => AgentsArgs) args: AgentsArgs, @Ctx() ctx: RequestContext): Promise<AgentConnection> {
    return new AgentService(ctx).list(args);
  }

  @Query(() => Agent, {
    nullable: true,
    description:
      'L’agent connecté. Renvoie toujours null pour l’instant : l’identification (ProConnect) arrive dans une prochaine version.',
  })
  me(): Agent | null {
    return null;
  }

  @Mutation(() => Agent, {
    description:
      'Modifie le profil d’un agent ; seuls les champs fournis changent. L’agent sera déduit de l’identité connectée dans une prochaine version.',
  })
  updateAgentProfile(
    @Args(() => UpdateAgentProfileArgs, STRICT) args: UpdateAgentProfileArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Agent> {
    return new AgentService(ctx).updateProfile(args.id, args.input);
  }

  @Mutation(() => Agent, {
    description: 'Remplace d’un bloc l’ensemble des compétences déclarées par un agent.',
  })
  setAgentSkills(
    @Args(() => SetAgentSkillsArgs, STRICT) args: SetAgentSkillsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Agent> {
    return new AgentService(ctx).setSkills(args.id, args.skills);
  }

  @Mutation(() => Agent, { description: 'Définit la disponibilité d’un agent pour des missions.' })
  setAgentAvailability(
    @Args(() => SetAgentAvailabilityArgs, STRICT) args: SetAgentAvailabilityArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Agent> {
    return new AgentService(ctx).setAvailability(args.id, args.input);
  }

  @Mutation(() => Agent, {
    description: 'Fait apparaître un agent dans l’annuaire des talents ou l’en retire.',
  })
  setDirectoryVisibility(
    @Args(() => SetDirectoryVisibilityArgs) args: SetDirectoryVisibilityArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Agent> {
    return new AgentService(ctx).setDirectoryVisibility(args.id, args.inDirectory);
  }

  @FieldResolver(() => Administration, { description: 'Administration d’affectation de l’agent.' })
  administration(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<Administration> {
    return new AdministrationService(ctx).get(agent.administrationId);
  }

  @FieldResolver(() => [AgentSkill], {
    description: 'Compétences déclarées, avec leur niveau, par famille puis par libellé.',
  })
  skills(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<AgentSkill[]> {
    return new AgentService(ctx).skillsOf(agent.id);
  }

  @FieldResolver(() => Agent, { nullable: true, description: 'Supérieur hiérarchique direct de l’agent.' })
  manager(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<Agent | null> {
    return new AgentService(ctx).find(agent.managerId);
  }
}
