import { Role } from '@talents/common';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'Identité et rôles d’un agent pour la passerelle (usage interne) : calculés à chaque consultation, mis en cache 30 s.',
})
export class Principal {
  @Field(() => ID, { description: 'Identifiant de l’agent (UUID).' })
  agentId!: string;

  @Field(() => ID, { description: 'Administration d’affectation de l’agent.' })
  administrationId!: string;

  @Field(() => [Role], {
    description:
      'Rôles : AGENT toujours, MANAGER s’il a au moins un agent rattaché, HOST s’il est référent d’une administration, ADMIN s’il fait partie de l’équipe du programme.',
  })
  roles!: Role[];

  @Field(() => [ID], { description: 'Administrations dont l’agent est référent (porteur de besoin).' })
  hostOf!: string[];
}
