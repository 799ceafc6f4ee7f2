import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Stub of the Agent owned by the profiles subgraph: approvals only knows its key and contributes
 * the agent's applications (see AgentResolver).
 */
@Directive('@key(fields: "id")')
@ObjectType('Agent', { description: 'Agent de l’État (entité du sous-graphe profiles).' })
export class Agent {
  @Field(() => ID, { description: 'Identifiant de l’agent (UUID).' })
  id!: string;
}

export function agentReference(id: string): Agent {
  return Object.assign(new Agent(), { id });
}
