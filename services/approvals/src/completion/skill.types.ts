import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Reference to the profiles subgraph's skill: approvals only knows its id. */
@Directive('@key(fields: "id", resolvable: false)')
// The owner's description, word for word, so that composition keeps it without hints.
@ObjectType('Skill', { description: 'Compétence du référentiel, rattachée à une famille.' })
export class Skill {
  @Field(() => ID, { description: 'Identifiant stable (slug), par exemple « typescript ».' })
  id!: string;
}

export function skillReference(id: string): Skill {
  return Object.assign(new Skill(), { id });
}
