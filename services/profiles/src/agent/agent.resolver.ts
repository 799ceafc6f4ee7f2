import {
  denied,
  EmploymentStatus,
  Role,
  unauthenticated,
  WorkMode,
  type RequestContext,
} from '@talents/common';
import { GraphQLJSON } from 'graphql-scalars';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Administration } from '../administration/administration.types';
import { AdministrationService } from '../administration/administration.service';
import { administrationById } from '../administration/administration.loader';
import {
  isSelfOrAdmin,
  personalField,
  profileField,
  SELF_OR_ADMIN_ONLY,
  viewerAgentId,
} from './agent.access';
import {
  AgentsArgs,
  SetAgentAvailabilityArgs,
  SetAgentSkillsArgs,
  SetDirectoryVisibilityArgs,
  SetHiddenFromAdministrationsArgs,
  UpdateAgentProfileArgs,
} from './agent.inputs';
import { AgentPrivacyService } from './agent-privacy.service';
import { AgentService } from './agent.service';
import { Agent, AgentAvailability, AgentConnection, AgentSkill } from './agent.types';

/**
 * Mutation arguments are validated with every property checked, so that an explicit null on a
 * required column fails validation instead of being skipped as "missing".
 */
const STRICT = { validate: { skipMissingProperties: false } };

const PROFILE =
  ' Visible de qui voit l’agent dans l’annuaire (les mêmes règles que la liste agents), de son manager et de l’équipe du programme ; sinon — visiteur anonyme, client d’API sans la portée profiles:read, agent hors annuaire ou masqué pour l’administration de l’appelant, compte effacé — nul avec une erreur FORBIDDEN (UNAUTHENTICATED sans connexion) : seuls le nom et le poste restent visibles.';

const PERSONAL =
  ' Donnée personnelle : visible de l’agent, de son manager, des porteurs des missions auxquelles il a candidaté et de l’équipe du programme ; sinon nulle avec une erreur FORBIDDEN.';

@Resolver(() => Agent)
export class AgentResolver {
  @Authorized(Role.AGENT, 'scope:profiles:read')
  @Query(() => Agent, {
    nullable: true,
    description:
      'Un agent par son identifiant ; erreur NOT_FOUND s’il n’existe pas. Un compte effacé apparaît anonymisé. Agents connectés et clients d’API ayant la portée profiles:read.',
  })
  agent(
    @Arg('id', () => ID, { description: 'Identifiant (UUID) de l’agent.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Agent> {
    return new AgentService(ctx).get(id);
  }

  @Authorized(Role.AGENT, 'scope:profiles:read')
  @Query(() => AgentConnection, {
    nullable: true,
    description:
      'L’annuaire des talents : agents visibles, filtrés, par ordre alphabétique, paginés par curseur. Un agent hors de l’annuaire n’y figure que pour lui-même, son manager, l’équipe du programme et les porteurs des administrations auxquelles il a candidaté ; un agent masqué pour une administration n’y figure pas pour ses agents ni ses porteurs. Agents connectés et clients d’API ayant la portée profiles:read.',
  })
  agents(@Args(() => AgentsArgs) args: AgentsArgs, @Ctx() ctx: RequestContext): Promise<AgentConnection> {
    return new AgentService(ctx).list(args);
  }

  @Query(() => Agent, {
    nullable: true,
    description: 'Le profil de l’agent connecté ; null pour un visiteur anonyme ou un client d’API.',
  })
  me(@Ctx() ctx: RequestContext): Promise<Agent | null> {
    return new AgentService(ctx).me();
  }

  @Authorized()
  @Mutation(() => Agent, {
    description:
      'Modifie le profil d’un agent ; seuls les champs fournis changent. L’agent lui-même ou l’équipe du programme.',
  })
  updateAgentProfile(
    @Args(() => UpdateAgentProfileArgs, STRICT) args: UpdateAgentProfileArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Agent> {
    return new AgentService(ctx).updateProfile(args.id, args.input, args.expectedVersion);
  }

  @Authorized()
  @Mutation(() => Agent, {
    description:
      'Remplace d’un bloc l’ensemble des compétences déclarées par un agent. L’agent lui-même ou l’équipe du programme.',
  })
  setAgentSkills(
    @Args(() => SetAgentSkillsArgs, STRICT) args: SetAgentSkillsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Agent> {
    return new AgentService(ctx).setSkills(args.id, args.skills, args.expectedVersion);
  }

  @Authorized()
  @Mutation(() => Agent, {
    description:
      'Définit la disponibilité d’un agent pour des missions. L’agent lui-même ou l’équipe du programme.',
  })
  setAgentAvailability(
    @Args(() => SetAgentAvailabilityArgs, STRICT) args: SetAgentAvailabilityArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Agent> {
    return new AgentService(ctx).setAvailability(args.id, args.input, args.expectedVersion);
  }

  @Authorized()
  @Mutation(() => Agent, {
    description:
      'Fait apparaître un agent dans l’annuaire des talents ou l’en retire. L’agent lui-même ou l’équipe du programme.',
  })
  setDirectoryVisibility(
    @Args(() => SetDirectoryVisibilityArgs) args: SetDirectoryVisibilityArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Agent> {
    return new AgentService(ctx).setDirectoryVisibility(args.id, args.inDirectory, args.expectedVersion);
  }

  @Authorized()
  @Mutation(() => Agent, {
    description:
      'Définit les administrations auxquelles l’agent n’apparaît pas dans l’annuaire (ni à leurs agents ni à leurs porteurs, sauf s’il a candidaté à leurs missions). L’agent lui-même ou l’équipe du programme.',
  })
  setHiddenFromAdministrations(
    @Args(() => SetHiddenFromAdministrationsArgs, STRICT) args: SetHiddenFromAdministrationsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Agent> {
    return new AgentService(ctx).setHiddenFrom(args.agentId, args.administrationIds, args.expectedVersion);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Efface le compte de l’agent connecté (RGPD) : profil anonymisé, compétences et préférences supprimées, historique conservé anonymement. Irréversible.',
  })
  eraseMyAccount(@Ctx() ctx: RequestContext): Promise<boolean> {
    const me = viewerAgentId(ctx.viewer);
    if (me === null) throw unauthenticated();
    return new AgentPrivacyService(ctx).erase(me);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, {
    description:
      'Efface le compte d’un agent à sa demande (RGPD), comme eraseMyAccount. Équipe du programme seulement.',
  })
  eraseAgent(
    @Arg('agentId', () => ID, { description: 'Identifiant de l’agent dont le compte est effacé.' })
    agentId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return new AgentPrivacyService(ctx).erase(agentId);
  }

  @FieldResolver(() => Administration, {
    nullable: true,
    description: `Administration d’affectation de l’agent.${PROFILE}`,
  })
  administration(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<Administration> {
    return profileField(ctx, agent, 'administration', () =>
      new AdministrationService(ctx).get(agent.administrationId),
    );
  }

  @FieldResolver(() => [AgentSkill], {
    nullable: true,
    description: `Compétences déclarées, avec leur niveau, par famille puis par libellé.${PROFILE}`,
  })
  skills(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<AgentSkill[]> {
    return profileField(ctx, agent, 'skills', () => new AgentService(ctx).skillsOf(agent.id));
  }

  @FieldResolver(() => EmploymentStatus, {
    nullable: true,
    description: `Statut d’emploi : fonctionnaire ou contractuel.${PROFILE}`,
  })
  employmentStatus(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<EmploymentStatus> {
    return profileField(ctx, agent, 'employmentStatus', () => agent.employmentStatus);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `Service ou bureau d’affectation au sein de l’administration.${PROFILE}`,
  })
  unit(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<string> {
    return profileField(ctx, agent, 'unit', () => agent.unit);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `Ville de la résidence administrative.${PROFILE}`,
  })
  city(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<string> {
    return profileField(ctx, agent, 'city', () => agent.city);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `Code du département de la résidence administrative, par exemple « 75 » ou « 2A ».${PROFILE}`,
  })
  departmentCode(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<string> {
    return profileField(ctx, agent, 'departmentCode', () => agent.departmentCode);
  }

  @FieldResolver(() => WorkMode, {
    nullable: true,
    description: `Modalité de travail souhaitée pour les missions.${PROFILE}`,
  })
  workMode(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<WorkMode> {
    return profileField(ctx, agent, 'workMode', () => agent.workMode);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: `Vrai si l’agent apparaît dans l’annuaire des talents.${PROFILE}`,
  })
  inDirectory(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<boolean> {
    return profileField(ctx, agent, 'inDirectory', () => agent.inDirectory);
  }

  @FieldResolver(() => GraphQLISODateTime, {
    nullable: true,
    description: `Date de création du profil.${PROFILE}`,
  })
  createdAt(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<Date> {
    return profileField(ctx, agent, 'createdAt', () => agent.createdAt);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `Adresse électronique professionnelle ; nulle pour un compte effacé.${PERSONAL}`,
  })
  email(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<string | null> {
    return personalField(ctx, agent, 'email', () => agent.email);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `Téléphone professionnel.${PERSONAL}`,
  })
  phone(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<string | null> {
    return personalField(ctx, agent, 'phone', () => agent.phone);
  }

  @FieldResolver(() => AgentAvailability, {
    nullable: true,
    description: `Temps que l’agent peut consacrer à des missions.${PERSONAL}`,
  })
  availability(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<AgentAvailability | null> {
    return personalField(ctx, agent, 'availability', () => agent.availability);
  }

  @FieldResolver(() => Agent, {
    nullable: true,
    description: `Supérieur hiérarchique direct de l’agent.${PERSONAL}`,
  })
  manager(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<Agent | null> {
    return personalField(ctx, agent, 'manager', () => new AgentService(ctx).find(agent.managerId));
  }

  @FieldResolver(() => [Administration], {
    nullable: true,
    description:
      'Administrations auxquelles l’agent n’apparaît pas dans l’annuaire. L’agent lui-même et l’équipe du programme seulement ; sinon nul avec une erreur FORBIDDEN.',
  })
  async hiddenFromAdministrations(
    @Root() agent: Agent,
    @Ctx() ctx: RequestContext,
  ): Promise<Administration[]> {
    if (!isSelfOrAdmin(ctx.viewer, agent.id))
      throw denied(ctx.viewer, SELF_OR_ADMIN_ONLY, 'hiddenFromAdministrations');
    ctx.audit.read({
      entityType: 'Agent',
      entityId: agent.id,
      subjectAgentId: agent.id,
      field: 'hiddenFromAdministrations',
    });
    const ids = await new AgentService(ctx).hiddenFromOf(agent.id);
    const administrations = await administrationById(ctx).loadMany(ids);
    return administrations.filter((item): item is Administration => item instanceof Administration);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Version du profil : 1 à sa création, augmentée de 1 à chaque écriture (profil, compétences, disponibilité, visibilité, identité). À renvoyer dans expectedVersion des modifications du profil pour ne pas écraser celle d’un autre. L’agent lui-même et l’équipe du programme seulement ; sinon nulle avec une erreur FORBIDDEN.',
  })
  version(@Root() agent: Agent, @Ctx() ctx: RequestContext): number {
    // Only those who may edit the profile need it; to others it would tell how often it changes.
    if (!isSelfOrAdmin(ctx.viewer, agent.id)) throw denied(ctx.viewer, SELF_OR_ADMIN_ONLY, 'version');
    return agent.version;
  }

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description:
      'Export RGPD des données que le service des profils détient sur l’agent (profil, compétences, recommandations de compétences, disponibilité, visibilité, rôles), sans rien sur autrui hormis le nom de son administration, de son manager et de qui a recommandé ses compétences. L’agent lui-même et l’équipe du programme seulement.',
  })
  profilesData(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<Record<string, unknown>> {
    return new AgentPrivacyService(ctx).exportData(agent);
  }
}
