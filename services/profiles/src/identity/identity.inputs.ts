import { IsBoundedId } from '@talents/common';
import { ArrayMaxSize, IsOptional, IsString, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsOmittable } from '../shared/validators';

export const MAX_HOSTED_ADMINISTRATIONS = 50;

@InputType({
  description:
    'Attributs d’identité d’un agent, qui décident de ses droits ; un champ absent reste inchangé. Ils viennent du fournisseur d’identité ou de l’équipe du programme, jamais de l’agent lui-même.',
})
export class AgentIdentityInput {
  @Field(() => ID, { nullable: true, description: 'Administration d’affectation (identifiant).' })
  @IsOmittable()
  @IsString({ message: 'L’administration d’affectation ne peut pas être effacée.' })
  @IsBoundedId()
  administrationId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Manager de rattachement (identifiant d’agent) ; null : aucun manager.',
  })
  @IsOptional()
  @IsBoundedId()
  managerId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Administrations dont l’agent est référent (porteur de besoin), ensemble complet d’au plus ${MAX_HOSTED_ADMINISTRATIONS} ; liste vide : plus référent.`,
  })
  @IsOmittable()
  @ArrayMaxSize(MAX_HOSTED_ADMINISTRATIONS, {
    message: `Un agent peut être référent d’au plus ${MAX_HOSTED_ADMINISTRATIONS} administrations.`,
  })
  @IsBoundedId({ each: true })
  hostOf?: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Vrai : membre de l’équipe du programme (rôle ADMIN) ; faux : ne l’est plus.',
  })
  @IsOmittable()
  programmeTeam?: boolean;
}

@ArgsType()
export class SetAgentIdentityArgs {
  @Field(() => ID, { description: 'Identifiant de l’agent.' })
  agentId!: string;

  @Field(() => AgentIdentityInput, { description: 'Attributs d’identité à modifier.' })
  @ValidateNested()
  input!: AgentIdentityInput;
}
