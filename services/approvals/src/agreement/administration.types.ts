import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of the Administration owned by profiles: approvals only knows its key. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Administration', {
  description: 'Administration de l’État (entité du sous-graphe profiles).',
})
export class Administration {
  @Field(() => ID, { description: 'Identifiant stable (slug).' })
  id!: string;
}

export function administrationReference(id: string | null): Administration | null {
  return id === null ? null : Object.assign(new Administration(), { id });
}
