import { EmploymentStatus, PageInfo, PUBLIC_FIELD, SkillLevel, WorkMode } from '@talents/common';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Skill } from '../skill/skill.types';

@ObjectType({ description: 'Compétence déclarée par un agent, avec son niveau de maîtrise.' })
export class AgentSkill {
  @Field(() => Skill, { description: 'Compétence du référentiel.' })
  skill!: Skill;

  @Field(() => SkillLevel, { description: 'Niveau de maîtrise déclaré par l’agent.' })
  level!: SkillLevel;

  /** Whose skill this is: its endorsements are read by field resolvers through a loader. */
  agentId!: string;
}

@ObjectType({ description: 'Disponibilité que l’agent peut consacrer à des missions.' })
export class AgentAvailability {
  @Field(() => Int, { description: 'Nombre d’heures par mois que l’agent peut donner (0 : indisponible).' })
  hoursPerMonth!: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Début de la disponibilité (inclus).' })
  from!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Fin de la disponibilité (incluse).' })
  until!: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Agent de l’État, fonctionnaire ou contractuel, pouvant donner de son temps.' })
export class Agent {
  @Directive(PUBLIC_FIELD)
  @Field(() => ID, { description: 'Identifiant de l’agent (UUID).' })
  id!: string;

  @Directive(PUBLIC_FIELD)
  @Field({ description: 'Prénom.' })
  firstName!: string;

  @Directive(PUBLIC_FIELD)
  @Field({ description: 'Nom de famille.' })
  lastName!: string;

  @Directive(PUBLIC_FIELD)
  @Field({ description: 'Nom d’affichage : prénom suivi du nom en capitales, par exemple « Marie DUPONT ».' })
  displayName!: string;

  /**
   * Personal fields (email, phone, availability, manager) are exposed by the resolver's guarded
   * field resolvers, never straight from here. The e-mail is null once the account is erased.
   */
  email!: string | null;
  phone!: string | null;

  /** Exposed by the resolver's guarded field resolver (a profile field). */
  employmentStatus!: EmploymentStatus;

  /** Exposed by the resolver's guarded field resolver (a profile field). */
  unit!: string;

  @Directive(PUBLIC_FIELD)
  @Field({ description: 'Intitulé du poste.' })
  jobTitle!: string;

  /** Exposed by the resolver's guarded field resolver (a profile field). */
  city!: string;

  /** Exposed by the resolver's guarded field resolver (a profile field). */
  departmentCode!: string;

  /** Exposed by the resolver's guarded field resolver (a profile field). */
  workMode!: WorkMode;

  availability!: AgentAvailability;

  /** Exposed by the resolver's guarded field resolver (a profile field). */
  inDirectory!: boolean;

  @Directive(PUBLIC_FIELD)
  @Field({
    description:
      'Vrai si l’agent a effacé son compte (RGPD) : son profil est anonymisé, son historique conservé.',
  })
  erased!: boolean;

  /** Exposed by the resolver's guarded field resolver (a profile field). */
  createdAt!: Date;

  /** Exposed by the resolver's guarded field resolver (self or admin): see `AgentEntity.version`. */
  version!: number;

  /** Read by field resolvers through loaders. */
  administrationId!: string;
  managerId!: string | null;

  /** Whether the request's viewer sees more than the public card: see `canSeeProfile`. */
  profileVisible?: Promise<boolean>;
}

@ObjectType({ description: 'Page d’agents de l’annuaire.' })
export class AgentConnection {
  @Field(() => [Agent], { description: 'Agents de la page, par ordre alphabétique de nom puis de prénom.' })
  nodes!: Agent[];

  @Field(() => PageInfo, { description: 'Informations de pagination.' })
  pageInfo!: PageInfo;

  @Field(() => Int, {
    description: 'Nombre total d’agents correspondant au filtre, toutes pages confondues.',
  })
  totalCount!: number;
}
