import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * Stub of the Mission owned by the missions subgraph. `seats` belongs to missions: the gateway
 * fetches it there and hands it over in the `_entities` representation, so that `seatsRemaining`
 * can be computed here without reading the missions tables.
 */
@Directive('@key(fields: "id")')
@ObjectType('Mission', {
  description: 'Mission proposée par une administration (entité du sous-graphe missions).',
})
export class Mission {
  @Field(() => ID, { description: 'Identifiant de la mission (UUID).' })
  id!: string;

  @Directive('@external')
  @Field(() => Int, { description: 'Nombre de places offertes par la mission.' })
  seats?: number;
}

export function missionReference(id: string): Mission {
  return Object.assign(new Mission(), { id });
}
