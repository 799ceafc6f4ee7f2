import {
  ApplicationStatus,
  DecisionReason,
  DurationStats,
  PROGRAMME_NUMBERS_DESCRIPTIONS,
} from '@talents/common';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Administration } from '../agreement/administration.types';
import { Mission } from '../mission/mission.types';

@ObjectType('ApplicationFunnel', {
  description:
    'Suite de l’entonnoir : les candidatures déposées dans la période et les étapes qu’elles ont atteintes.',
})
export class ApplicationFunnel {
  @Field(() => Int, { description: 'Candidatures déposées.' })
  applied!: number;

  @Field(() => Int, { description: 'Agents distincts qui ont candidaté.' })
  applicants!: number;

  @Field(() => Int, { description: 'Candidatures dont le temps a été libéré par le supérieur hiérarchique.' })
  released!: number;

  @Field(() => Int, { description: 'Candidatures acceptées par l’accueil (convention établie).' })
  accepted!: number;

  @Field(() => Int, { description: 'Missions réalisées (candidatures terminées).' })
  completed!: number;

  @Field(() => Int, { description: 'Candidatures encore en attente d’une décision.' })
  pending!: number;
}

@ObjectType('ClosureReasonCount', {
  description: 'Candidatures closes sans mission réalisée, par issue et par motif.',
})
export class ClosureReasonCount {
  @Field(() => ApplicationStatus, {
    description: 'Issue : retrait, refus du supérieur, refus de l’accueil ou expiration.',
  })
  status!: ApplicationStatus;

  @Field(() => DecisionReason, {
    nullable: true,
    description: 'Motif donné ; null s’il n’y en a pas (expiration).',
  })
  reason!: DecisionReason | null;

  @Field(() => Int, { description: 'Nombre de candidatures.' })
  count!: number;
}

@ObjectType('MinistryHours', {
  description: 'Heures du crédit virtuel données et reçues par un ministère (toutes ses administrations).',
})
export class MinistryHours {
  @Field(() => Administration, { description: 'Le ministère.' })
  ministry!: Administration;

  @Field(() => Int, {
    description: 'Heures données : réalisées par ses agents pour d’autres administrations.',
  })
  hoursGiven!: number;

  @Field(() => Int, {
    description: 'Heures reçues : réalisées pour lui par des agents d’autres administrations.',
  })
  hoursReceived!: number;

  @Field(() => Int, { description: 'Solde : données moins reçues.' })
  balance!: number;
}

@ObjectType('MissionsWithoutApplicants', {
  description: 'Missions publiées, ouvertes aujourd’hui, qui n’ont reçu aucune candidature.',
})
export class MissionsWithoutApplicants {
  @Field(() => Int, { description: 'Combien il y en a.' })
  count!: number;

  @Field(() => [Mission], {
    nullable: 'items',
    description:
      'Les plus anciennement publiées d’abord ; null à la place d’une mission réservée que le lecteur ne peut pas voir ' +
      '(elle reste comptée).',
  })
  missions!: Array<Mission | null>;
}

/**
 * Approvals' part of the programme's numbers: what it counts under missions' key. Every field is
 * nullable: with approvals unreachable, missions' part of the answer is kept (DESIGN.md).
 */
@Directive('@key(fields: "id")')
@ObjectType('ProgrammeNumbers', { description: PROGRAMME_NUMBERS_DESCRIPTIONS.type })
export class ProgrammeNumbers {
  @Field(() => ID, { description: PROGRAMME_NUMBERS_DESCRIPTIONS.id })
  id!: string;

  @Field(() => ApplicationFunnel, {
    nullable: true,
    description: 'Les candidatures déposées dans la période et leur devenir.',
  })
  applicationFunnel!: ApplicationFunnel;

  @Field(() => DurationStats, {
    nullable: true,
    description:
      'Délai de la publication d’une mission à sa première candidature (missions publiées dans la période).',
  })
  timeToFirstApplicant!: DurationStats;

  @Field(() => DurationStats, {
    nullable: true,
    description: 'Délai du dépôt d’une candidature à la libération du temps par le supérieur.',
  })
  timeToRelease!: DurationStats;

  @Field(() => DurationStats, {
    nullable: true,
    description: 'Délai de la libération du temps à l’acceptation par l’accueil.',
  })
  timeToAcceptance!: DurationStats;

  @Field(() => [ClosureReasonCount], {
    nullable: true,
    description:
      'Retraits, refus et expirations des candidatures de la période, par motif, les plus fréquents d’abord.',
  })
  closureReasons!: ClosureReasonCount[];

  @Field(() => [MinistryHours], {
    nullable: true,
    description:
      'Heures données et reçues par ministère, selon le crédit virtuel des années de la période (écritures de ' +
      'réalisation et corrections).',
  })
  hoursByMinistry!: MinistryHours[];

  @Field(() => MissionsWithoutApplicants, {
    nullable: true,
    description:
      'Missions ouvertes aujourd’hui sans aucune candidature (ministère et type choisis ; toute période).',
  })
  missionsWithoutApplicants!: MissionsWithoutApplicants;
}
