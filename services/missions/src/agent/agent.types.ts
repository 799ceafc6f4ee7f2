import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of the profiles subgraph's agent, to which missions contributes `publishedMissions`. */
@Directive('@key(fields: "id")')
// Same descriptions as the owner (profiles), so that composition keeps the owner's text without hints.
@ObjectType('Agent', {
  description: 'Agent de l’État, fonctionnaire ou contractuel, pouvant donner de son temps.',
})
export class Agent {
  @Field(() => ID, { description: 'Identifiant de l’agent (UUID).' })
  id!: string;

  static ref(id: string): Agent {
    return Object.assign(new Agent(), { id });
  }
}
