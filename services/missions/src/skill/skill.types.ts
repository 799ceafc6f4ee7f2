import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Reference to the profiles subgraph's skill; missions only knows its id. */
@Directive('@key(fields: "id", resolvable: false)')
// Same descriptions as the owner (profiles), so that composition keeps the owner's text without hints.
@ObjectType('Skill', { description: 'Compétence du référentiel, rattachée à une famille.' })
export class Skill {
  @Field(() => ID, { description: 'Identifiant stable (slug), par exemple « typescript ».' })
  id!: string;

  static ref(id: string): Skill {
    return Object.assign(new Skill(), { id });
  }
}
