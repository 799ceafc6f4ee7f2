import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Agent } from '../agent/agent.types';

@ObjectType('ApprovalDelegation', {
  description:
    'Délégation d’un supérieur hiérarchique à un suppléant pour une période : le suppléant voit les demandes ' +
    'de libération de temps en attente et décide au nom du supérieur (tracé comme le suppléant, pour le compte ' +
    'du supérieur).',
})
export class ApprovalDelegation {
  @Field(() => ID, { description: 'Identifiant de la délégation (UUID).' })
  id!: string;

  @Field(() => Agent, { nullable: true, description: 'Supérieur hiérarchique qui délègue.' })
  manager!: Agent;

  @Field(() => Agent, { nullable: true, description: 'Suppléant qui décide en son nom.' })
  deputy!: Agent;

  @Field(() => GraphQLLocalDate, { description: 'Premier jour de la délégation (inclus).' })
  from!: string;

  @Field(() => GraphQLLocalDate, { description: 'Dernier jour de la délégation (inclus).' })
  until!: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Date et heure de la révocation ; vide tant que la délégation n’est pas révoquée.',
  })
  revokedAt!: Date | null;
}
