import { Field, Int, ObjectType } from 'type-graphql';
import { Agent } from '../agent/agent.types';
import { Application } from '../application/application.types';
import { TimeBudget } from '../budget/budget.types';

@ObjectType('TeamMember', {
  description:
    'Un agent encadré, vu par son supérieur hiérarchique : son budget de temps de l’année, les heures ' +
    'engagées et en attente, ses missions en cours et à venir.',
})
export class TeamMember {
  @Field(() => Agent, { description: 'L’agent encadré.' })
  agent!: Agent;

  @Field(() => TimeBudget, {
    description: 'Son budget de temps de l’année demandée, et ses heures engagées.',
  })
  budget!: TimeBudget;

  @Field(() => Int, {
    description:
      'Heures demandées cette année par ses candidatures pas encore acceptées (déposées, ou libérées par le ' +
      'supérieur hiérarchique et en attente du porteur) : elles s’engageront si le porteur les accepte.',
  })
  pendingHours!: number;

  @Field(() => [Application], {
    description: 'Candidatures acceptées dont la mission a commencé et n’est pas finie, par date de début.',
  })
  currentMissions!: Application[];

  @Field(() => [Application], {
    description:
      'Candidatures acceptées dont la mission n’a pas commencé (ou n’a pas encore de dates), par date de début.',
  })
  upcomingMissions!: Application[];

  @Field(() => [Application], {
    description: 'Candidatures en attente d’une décision (du supérieur hiérarchique ou du porteur).',
  })
  pendingApplications!: Application[];
}
