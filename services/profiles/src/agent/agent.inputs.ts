import { IsBoundedId, IsTrimmedText, SkillLevel, SkillMatch, WorkMode } from '@talents/common';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  DEPARTMENT_CODE,
  FRENCH_PHONE,
  MAX_HOURS_PER_MONTH,
  MAX_SKILLS_PER_AGENT,
  NAME_MAX_LENGTH,
  TEXT_MAX_LENGTH,
} from '../shared/patterns';
import { IsOmittable } from '../shared/validators';
import { EXPECTED_VERSION_FIELD } from './agent.concurrency';

const MAX_FILTER_SKILLS = 50;
const SEARCH_MAX_LENGTH = 100;

@InputType({ description: 'Critères de recherche dans l’annuaire des agents.' })
export class AgentFilter {
  @Field(() => [ID], {
    nullable: true,
    description: 'Compétences recherchées (identifiants du référentiel).',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_SKILLS, {
    message: `Au plus ${MAX_FILTER_SKILLS} compétences peuvent être recherchées à la fois.`,
  })
  @IsBoundedId({ each: true })
  skillIds?: string[] | null;

  @Field(() => SkillMatch, {
    defaultValue: SkillMatch.ANY,
    description: 'Exiger au moins une (ANY, par défaut) ou toutes (ALL) les compétences recherchées.',
  })
  skillMatch!: SkillMatch;

  @Field(() => ID, { nullable: true, description: 'Administration d’affectation des agents.' })
  @IsOptional()
  @IsBoundedId()
  administrationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Texte cherché dans le nom, le prénom, le poste et le service, sans tenir compte des accents ni de la casse.',
  })
  @IsOptional()
  @IsTrimmedText(SEARCH_MAX_LENGTH, {
    min: 0,
    message: `Le texte recherché ne doit pas dépasser ${SEARCH_MAX_LENGTH} caractères.`,
  })
  text?: string | null;
}

@ArgsType()
export class AgentsArgs {
  @Field(() => AgentFilter, { nullable: true, description: 'Critères de recherche.' })
  @IsOptional()
  @ValidateNested()
  filter?: AgentFilter | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 20,
    description: 'Nombre d’agents par page (de 1 à 100).',
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Curseur après lequel reprendre : la valeur endCursor de la page précédente.',
  })
  after?: string | null;
}

@InputType({ description: 'Modifications du profil d’un agent ; un champ absent reste inchangé.' })
export class AgentProfileInput {
  @Field(() => String, { nullable: true, description: 'Prénom (1 à 100 caractères).' })
  @IsOmittable()
  @IsTrimmedText(NAME_MAX_LENGTH, {
    message: `Le prénom est obligatoire et ne doit pas dépasser ${NAME_MAX_LENGTH} caractères.`,
  })
  firstName?: string;

  @Field(() => String, { nullable: true, description: 'Nom de famille (1 à 100 caractères).' })
  @IsOmittable()
  @IsTrimmedText(NAME_MAX_LENGTH, {
    message: `Le nom est obligatoire et ne doit pas dépasser ${NAME_MAX_LENGTH} caractères.`,
  })
  lastName?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Téléphone au format français (« 01 23 45 67 89 » ou « +33 1 23 45 67 89 ») ; null l’efface.',
  })
  @IsOptional()
  @IsString({ message: 'Le téléphone doit être une chaîne de caractères.' })
  @Matches(FRENCH_PHONE, {
    message:
      'Le téléphone doit être un numéro français, par exemple « 01 23 45 67 89 » ou « +33 1 23 45 67 89 ».',
  })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Service ou bureau d’affectation.' })
  @IsOmittable()
  @IsTrimmedText(TEXT_MAX_LENGTH, {
    message: `Le service est obligatoire et ne doit pas dépasser ${TEXT_MAX_LENGTH} caractères.`,
  })
  unit?: string;

  @Field(() => String, { nullable: true, description: 'Intitulé du poste.' })
  @IsOmittable()
  @IsTrimmedText(TEXT_MAX_LENGTH, {
    message: `L’intitulé du poste est obligatoire et ne doit pas dépasser ${TEXT_MAX_LENGTH} caractères.`,
  })
  jobTitle?: string;

  @Field(() => String, { nullable: true, description: 'Ville de la résidence administrative.' })
  @IsOmittable()
  @IsTrimmedText(TEXT_MAX_LENGTH, {
    message: `La ville est obligatoire et ne doit pas dépasser ${TEXT_MAX_LENGTH} caractères.`,
  })
  city?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Code du département, par exemple « 75 », « 2A » ou « 971 ».',
  })
  @IsOmittable()
  @IsString({ message: 'Le code du département doit être une chaîne de caractères.' })
  @Matches(DEPARTMENT_CODE, {
    message: 'Le code du département est invalide : attendu par exemple « 75 », « 2A » ou « 971 ».',
  })
  departmentCode?: string;

  @Field(() => WorkMode, { nullable: true, description: 'Modalité de travail souhaitée.' })
  @IsOmittable()
  @IsEnum(WorkMode, { message: 'La modalité de travail ne peut pas être effacée.' })
  workMode?: WorkMode;
}

@ArgsType()
export class UpdateAgentProfileArgs {
  @Field(() => ID, { description: 'Identifiant de l’agent.' })
  id!: string;

  @Field(() => AgentProfileInput, { description: 'Champs du profil à modifier.' })
  @ValidateNested()
  input!: AgentProfileInput;

  @Field(() => Int, EXPECTED_VERSION_FIELD)
  expectedVersion?: number | null;
}

@InputType({ description: 'Compétence déclarée avec son niveau.' })
export class AgentSkillInput {
  @Field(() => ID, { description: 'Identifiant de la compétence dans le référentiel.' })
  @IsBoundedId()
  skillId!: string;

  @Field(() => SkillLevel, { description: 'Niveau de maîtrise.' })
  level!: SkillLevel;
}

@ArgsType()
export class SetAgentSkillsArgs {
  @Field(() => ID, { description: 'Identifiant de l’agent.' })
  id!: string;

  @Field(() => [AgentSkillInput], {
    description: `Nouvel ensemble complet des compétences de l’agent (au plus ${MAX_SKILLS_PER_AGENT}, sans doublon).`,
  })
  @ArrayMaxSize(MAX_SKILLS_PER_AGENT, {
    message: `Un agent peut déclarer au plus ${MAX_SKILLS_PER_AGENT} compétences.`,
  })
  @ValidateNested({ each: true })
  skills!: AgentSkillInput[];

  @Field(() => Int, EXPECTED_VERSION_FIELD)
  expectedVersion?: number | null;
}

@InputType({ description: 'Disponibilité de l’agent pour des missions.' })
export class AgentAvailabilityInput {
  @Field(() => Int, {
    description: `Heures par mois que l’agent peut donner (de 0 à ${MAX_HOURS_PER_MONTH}).`,
  })
  @IsInt({ message: 'Le nombre d’heures par mois doit être un entier.' })
  @Min(0, { message: 'Le nombre d’heures par mois ne peut pas être négatif.' })
  @Max(MAX_HOURS_PER_MONTH, {
    message: `Le nombre d’heures par mois ne peut pas dépasser ${MAX_HOURS_PER_MONTH}.`,
  })
  hoursPerMonth!: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Début de la disponibilité (inclus).' })
  from?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Fin de la disponibilité (incluse), au plus tôt le jour du début.',
  })
  until?: string | null;
}

@ArgsType()
export class SetDirectoryVisibilityArgs {
  @Field(() => ID, { description: 'Identifiant de l’agent.' })
  id!: string;

  @Field({ description: 'Vrai pour apparaître dans l’annuaire, faux pour en sortir.' })
  inDirectory!: boolean;

  @Field(() => Int, EXPECTED_VERSION_FIELD)
  expectedVersion?: number | null;
}

@ArgsType()
export class SetAgentAvailabilityArgs {
  @Field(() => ID, { description: 'Identifiant de l’agent.' })
  id!: string;

  @Field(() => AgentAvailabilityInput, { description: 'Nouvelle disponibilité.' })
  @ValidateNested()
  input!: AgentAvailabilityInput;

  @Field(() => Int, EXPECTED_VERSION_FIELD)
  expectedVersion?: number | null;
}

const MAX_HIDDEN_FROM = 50;

@ArgsType()
export class SetHiddenFromAdministrationsArgs {
  @Field(() => ID, { description: 'Identifiant de l’agent.' })
  agentId!: string;

  @Field(() => [ID], {
    description: `Administrations auxquelles l’agent ne veut pas apparaître dans l’annuaire (ensemble complet, au plus ${MAX_HIDDEN_FROM}) ; une liste vide lève tout masquage.`,
  })
  @ArrayMaxSize(MAX_HIDDEN_FROM, {
    message: `Un agent peut se masquer d’au plus ${MAX_HIDDEN_FROM} administrations.`,
  })
  @IsBoundedId({ each: true })
  administrationIds!: string[];

  @Field(() => Int, EXPECTED_VERSION_FIELD)
  expectedVersion?: number | null;
}
