import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Agent } from '../agent/agent.types';
import { Application } from '../application/application.types';
import { Mission } from '../mission/mission.types';

@ObjectType('TimeBudget', {
  description:
    'Budget annuel d’heures qu’un agent peut donner aux missions une année civile, et ce qu’il en a déjà engagé.',
})
export class TimeBudget {
  @Field(() => ID, { description: 'Identifiant de l’agent (UUID).' })
  agentId!: string;

  @Field(() => Int, { description: 'Année civile.' })
  year!: number;

  @Field(() => Int, {
    description:
      'Heures de l’année : fixées par le supérieur hiérarchique, sinon la valeur par défaut du programme ' +
      '(DEFAULT_ANNUAL_HOURS).',
  })
  annualHours!: number;

  @Field(() => Int, { description: 'Heures engagées cette année par les candidatures acceptées.' })
  committedHours!: number;

  @Field(() => Int, { description: 'Heures encore disponibles cette année (jamais négatif).' })
  remainingHours!: number;

  @Field({ description: 'Le supérieur hiérarchique a fixé ce budget (sinon : valeur par défaut).' })
  customised!: boolean;
}

@ObjectType('ApprovalRequest', {
  description:
    'Demande de libération de temps en attente de décision : une candidature déposée par un agent encadré ' +
    '(ou sans supérieur hiérarchique, pour l’équipe du programme).',
})
export class ApprovalRequest {
  @Field(() => Application, { description: 'La candidature à approuver ou refuser.' })
  application!: Application;

  @Field(() => Agent, {
    nullable: true,
    description: 'Agent qui demande ; null si le service des profils ne répond pas.',
  })
  agent!: Agent;

  @Field(() => Mission, {
    nullable: true,
    description: 'Mission visée ; null si le service des missions ne répond pas.',
  })
  mission!: Mission;

  @Field(() => Int, { description: 'Heures demandées par l’agent.' })
  hoursAsked!: number;

  @Field(() => Int, { description: 'Année du budget concernée (la première année de la mission).' })
  budgetYear!: number;

  @Field(() => Int, { description: 'Heures encore disponibles dans le budget de l’agent cette année-là.' })
  remainingHours!: number;

  @Field({
    description:
      'Vrai si l’agent n’a pas de supérieur hiérarchique connu : la demande est dans la file de l’équipe du ' +
      'programme.',
  })
  programmeQueue!: boolean;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'Dernier jour pour décider (APPROVAL_DEADLINE_DAYS jours ouvrés après le dépôt, hors week-ends et jours ' +
      'fériés) ; la demande expire le lendemain.',
  })
  deadline!: string | null;

  @Field(() => Agent, {
    nullable: true,
    description:
      'Supérieur hiérarchique au nom duquel cette demande est présentée (« au nom de … ») : le lecteur est son ' +
      'suppléant pour la période ; vide quand la demande est la sienne.',
  })
  onBehalfOf!: Agent | null;
}
