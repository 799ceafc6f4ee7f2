import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of the profiles subgraph's administration, to which missions contributes `missions`. */
@Directive('@key(fields: "id")')
// Same descriptions as the owner (profiles), so that composition keeps the owner's text without hints.
@ObjectType('Administration', {
  description: 'Administration de l’État : ministère, direction, agence ou service déconcentré.',
})
export class Administration {
  @Field(() => ID, { description: 'Identifiant stable (slug), par exemple « dinum ».' })
  id!: string;

  static ref(id: string): Administration {
    return Object.assign(new Administration(), { id });
  }
}
