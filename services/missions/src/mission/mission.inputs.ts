import {
  ArrayMaxSize,
  ArrayMinSize,
  IsNotEmpty,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MissionDomain, MissionKind, MissionStatus, SkillLevel, SkillMatch, WorkMode } from '@talents/common';
import { MISSION_LIMITS, MISSION_MESSAGES } from './mission.rules';

@InputType('RequiredSkillInput', { description: 'Compétence demandée par la mission et niveau minimal.' })
export class RequiredSkillInput {
  @IsNotEmpty({ message: MISSION_MESSAGES.skillIdRequired })
  @MaxLength(100, { message: MISSION_MESSAGES.skillIdTooLong })
  @Field(() => ID, { description: 'Identifiant de la compétence du référentiel.' })
  skillId!: string;

  @Field(() => SkillLevel, { description: 'Niveau minimal attendu.' })
  minLevel!: SkillLevel;
}

@InputType('MissionInput', { description: 'Contenu d’une mission, à la création comme à la modification.' })
export class MissionInput {
  @MaxLength(MISSION_LIMITS.titleMaxLength, { message: MISSION_MESSAGES.titleTooLong })
  @Field(() => String, { description: 'Intitulé court (150 caractères au plus, espaces de bord retirés).' })
  title!: string;

  @Field(() => MissionKind, { description: 'Nature de la mission.' })
  kind!: MissionKind;

  @Field(() => MissionDomain, { description: 'Domaine : technique, ou métier et transverse.' })
  domain!: MissionDomain;

  @MaxLength(MISSION_LIMITS.descriptionMaxLength, { message: MISSION_MESSAGES.descriptionTooLong })
  @Field(() => String, { description: 'Description du besoin (5 000 caractères au plus).' })
  description!: string;

  @IsNotEmpty({ message: MISSION_MESSAGES.hostRequired })
  @MaxLength(100, { message: MISSION_MESSAGES.hostTooLong })
  @Field(() => ID, { description: 'Administration qui accueille la mission.' })
  hostAdministrationId!: string;

  @IsUUID('all', { message: MISSION_MESSAGES.contactInvalid })
  @Field(() => ID, { description: 'Agent à contacter pour la mission (porteur du besoin).' })
  contactAgentId!: string;

  @ArrayMinSize(1, { message: MISSION_MESSAGES.skillsMissing })
  @ArrayMaxSize(MISSION_LIMITS.maxSkills, { message: MISSION_MESSAGES.skillsTooMany })
  @ValidateNested({ each: true })
  @Field(() => [RequiredSkillInput], { description: 'Compétences demandées (de 1 à 15, sans doublon).' })
  requiredSkills!: RequiredSkillInput[];

  @Min(MISSION_LIMITS.minEffortHours, { message: MISSION_MESSAGES.effortOutOfRange })
  @Max(MISSION_LIMITS.maxEffortHours, { message: MISSION_MESSAGES.effortOutOfRange })
  @Field(() => Int, { description: 'Effort attendu en heures (de 1 à 105).' })
  effortHours!: number;

  @Field(() => GraphQLLocalDate, { description: 'Date de début.' })
  startDate!: string;

  @Field(() => GraphQLLocalDate, {
    description: 'Date de fin, au plus tôt le jour du début et au plus 12 mois après.',
  })
  endDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'Date limite de candidature, strictement avant le début.' })
  applicationDeadline!: string;

  @Field(() => WorkMode, { description: 'Modalité de travail.' })
  workMode!: WorkMode;

  @MaxLength(MISSION_LIMITS.locationMaxLength, { message: MISSION_MESSAGES.locationTooLong })
  @Field(() => String, { nullable: true, description: 'Lieu d’exercice (facultatif).' })
  location?: string | null;

  @Min(MISSION_LIMITS.minSeats, { message: MISSION_MESSAGES.seatsOutOfRange })
  @Max(MISSION_LIMITS.maxSeats, { message: MISSION_MESSAGES.seatsOutOfRange })
  @Field(() => Int, { description: 'Nombre de places (de 1 à 20).' })
  seats!: number;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Vrai pour une mission liée à une situation de crise.',
  })
  crisis!: boolean;

  @ArrayMaxSize(MISSION_LIMITS.maxRestrictedTo, { message: MISSION_MESSAGES.restrictedToTooMany })
  @Field(() => [ID], {
    defaultValue: [],
    description: 'Administrations auxquelles la mission est réservée ; vide : ouverte à toutes.',
  })
  restrictedToAdministrationIds!: string[];
}

@InputType('MissionFilter', { description: 'Critères de recherche de missions (tous combinés par « et »).' })
export class MissionFilter {
  @Field(() => [MissionKind], { nullable: true, description: 'Natures retenues ; absent ou vide : toutes.' })
  kinds?: MissionKind[] | null;

  @ArrayMaxSize(50, { message: 'Au plus 50 compétences dans un filtre.' })
  @Field(() => [ID], {
    nullable: true,
    description: 'Compétences demandées ; absent ou vide : pas de critère.',
  })
  skillIds?: string[] | null;

  @Field(() => SkillMatch, {
    defaultValue: SkillMatch.ANY,
    description:
      'Les missions doivent demander au moins une (ANY) ou toutes (ALL) les compétences de skillIds.',
  })
  skillMatch!: SkillMatch;

  @Field(() => ID, { nullable: true, description: 'Administration d’accueil.' })
  hostAdministrationId?: string | null;

  @Field(() => [WorkMode], {
    nullable: true,
    description: 'Modalités de travail retenues ; absent ou vide : toutes.',
  })
  workModes?: WorkMode[] | null;

  @Field(() => [MissionStatus], {
    nullable: true,
    description: 'Statuts retenus ; absent ou vide : tous les statuts sauf le brouillon (DRAFT).',
  })
  statuses?: MissionStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Vrai : missions de crise seulement ; faux : les autres.',
  })
  crisis?: boolean | null;

  @MaxLength(200, { message: 'La recherche ne doit pas dépasser 200 caractères.' })
  @Field(() => String, {
    nullable: true,
    description:
      'Recherche en texte intégral (français) dans l’intitulé et la description : guillemets pour une expression, « or » pour une alternative, « - » pour exclure.',
  })
  search?: string | null;
}
