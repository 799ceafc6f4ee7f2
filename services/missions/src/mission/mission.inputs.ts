import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  IsBoundedId,
  IsTrimmedText,
  MissionDomain,
  MissionKind,
  MissionStatus,
  SkillLevel,
  SkillMatch,
  WorkMode,
} from '@talents/common';
import { IsDateInYears } from '../shared/validators';
import { MISSION_LIMITS, MISSION_MESSAGES } from './mission.rules';

const L = MISSION_LIMITS;
const M = MISSION_MESSAGES;

/*
 * Each field's own bounds are checked here, before the service runs (every problem reported with its
 * `input.…` path); the rules spanning several fields are `checkMissionInput` in mission.rules.ts.
 */

@InputType('RequiredSkillInput', { description: 'Compétence demandée par la mission et niveau minimal.' })
export class RequiredSkillInput {
  @IsTrimmedText(L.idMaxLength, { emptyMessage: M.skillIdRequired, tooLongMessage: M.skillIdTooLong })
  @Field(() => ID, { description: 'Identifiant de la compétence du référentiel.' })
  skillId!: string;

  @Field(() => SkillLevel, { description: 'Niveau minimal attendu.' })
  minLevel!: SkillLevel;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description:
      'Compétence indispensable (vrai, par défaut) ou appréciée (faux) : le rapprochement compte double les indispensables.',
  })
  essential?: boolean | null;
}

@InputType('MissionInput', { description: 'Contenu d’une mission, à la création comme à la modification.' })
export class MissionInput {
  @IsTrimmedText(L.titleMaxLength, { emptyMessage: M.titleRequired, tooLongMessage: M.titleTooLong })
  @Field(() => String, { description: 'Intitulé court (150 caractères au plus, espaces de bord retirés).' })
  title!: string;

  @Field(() => MissionKind, { description: 'Nature de la mission.' })
  kind!: MissionKind;

  @Field(() => MissionDomain, { description: 'Domaine : technique, ou métier et transverse.' })
  domain!: MissionDomain;

  @IsTrimmedText(L.descriptionMaxLength, {
    multiline: true,
    emptyMessage: M.descriptionRequired,
    tooLongMessage: M.descriptionTooLong,
  })
  @Field(() => String, {
    description: 'Description du besoin (5 000 caractères au plus, espaces de bord retirés).',
  })
  description!: string;

  @IsTrimmedText(L.idMaxLength, { emptyMessage: M.hostRequired, tooLongMessage: M.hostTooLong })
  @Field(() => ID, { description: 'Administration qui accueille la mission.' })
  hostAdministrationId!: string;

  @IsUUID('all', { message: M.contactInvalid })
  @Field(() => ID, { description: 'Agent à contacter pour la mission (porteur du besoin).' })
  contactAgentId!: string;

  @ArrayMinSize(1, { message: M.skillsMissing })
  @ArrayMaxSize(L.maxSkills, { message: M.skillsTooMany })
  @ValidateNested({ each: true })
  @Field(() => [RequiredSkillInput], { description: 'Compétences demandées (de 1 à 15, sans doublon).' })
  requiredSkills!: RequiredSkillInput[];

  @Min(L.minEffortHours, { message: M.effortOutOfRange })
  @Max(L.maxEffortHours, { message: M.effortOutOfRange })
  @Field(() => Int, { description: 'Effort attendu en heures (de 1 à 105).' })
  effortHours!: number;

  @IsDateInYears(L.minYear, L.maxYear, { message: M.dateOutOfRange })
  @Field(() => GraphQLLocalDate, { description: 'Date de début (entre 2000 et 2100).' })
  startDate!: string;

  @IsDateInYears(L.minYear, L.maxYear, { message: M.dateOutOfRange })
  @Field(() => GraphQLLocalDate, {
    description: 'Date de fin, au plus tôt le jour du début et au plus 12 mois après.',
  })
  endDate!: string;

  @IsDateInYears(L.minYear, L.maxYear, { message: M.dateOutOfRange })
  @Field(() => GraphQLLocalDate, {
    description: 'Date limite de candidature, strictement avant le début (entre 2000 et 2100).',
  })
  applicationDeadline!: string;

  @Field(() => WorkMode, { description: 'Modalité de travail.' })
  workMode!: WorkMode;

  @IsOptional()
  @IsTrimmedText(L.locationMaxLength, { min: 0, tooLongMessage: M.locationTooLong })
  @Field(() => String, {
    nullable: true,
    description: 'Lieu d’exercice (facultatif, 200 caractères au plus ; vide : aucun).',
  })
  location?: string | null;

  @Min(L.minSeats, { message: M.seatsOutOfRange })
  @Max(L.maxSeats, { message: M.seatsOutOfRange })
  @Field(() => Int, { description: 'Nombre de places (de 1 à 20).' })
  seats!: number;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Vrai pour une mission liée à une situation de crise.',
  })
  crisis!: boolean;

  @IsTrimmedText(L.idMaxLength, { each: true, message: M.restrictedToInvalid })
  @ArrayMaxSize(L.maxRestrictedTo, { message: M.restrictedToTooMany })
  @Field(() => [ID], {
    defaultValue: [],
    description: 'Administrations auxquelles la mission est réservée ; vide : ouverte à toutes.',
  })
  restrictedToAdministrationIds!: string[];
}

/** The criteria the search's and the feed's filters share, described once for both. */
export const SHARED_CRITERIA = {
  kinds: { nullable: true, description: 'Natures retenues ; absent ou vide : toutes.' },
  hostAdministrationId: { nullable: true, description: 'Administration d’accueil.' },
  workModes: { nullable: true, description: 'Modalités de travail retenues ; absent ou vide : toutes.' },
  crisis: { nullable: true, description: 'Vrai : missions de crise seulement ; faux : les autres.' },
};

@InputType('MissionFilter', { description: 'Critères de recherche de missions (tous combinés par « et »).' })
export class MissionFilter {
  @Field(() => [MissionKind], SHARED_CRITERIA.kinds)
  kinds?: MissionKind[] | null;

  @ArrayMaxSize(50, { message: 'Au plus 50 compétences dans un filtre.' })
  @IsOptional()
  @IsBoundedId({ each: true })
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

  @IsOptional()
  @IsBoundedId()
  @Field(() => ID, SHARED_CRITERIA.hostAdministrationId)
  hostAdministrationId?: string | null;

  @Field(() => [WorkMode], SHARED_CRITERIA.workModes)
  workModes?: WorkMode[] | null;

  @Field(() => [MissionStatus], {
    nullable: true,
    description: 'Statuts retenus ; absent ou vide : les missions publiées (PUBLISHED) seulement.',
  })
  statuses?: MissionStatus[] | null;

  @Field(() => Boolean, SHARED_CRITERIA.crisis)
  crisis?: boolean | null;

  @IsOptional()
  @IsTrimmedText(200, { min: 0, tooLongMessage: 'La recherche ne doit pas dépasser 200 caractères.' })
  @Field(() => String, {
    nullable: true,
    description:
      'Recherche en texte intégral (français) dans l’intitulé et la description : guillemets pour une expression, « or » pour une alternative, « - » pour exclure.',
  })
  search?: string | null;
}
