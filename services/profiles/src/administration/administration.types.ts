import { AdministrationKind, PUBLIC_FIELD } from '@talents/common';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { AdministrationEntity } from './administration.entity';

@Directive('@key(fields: "id")')
@ObjectType({
  description: 'Administration de l’État : ministère, direction, agence ou service déconcentré.',
})
export class Administration {
  @Directive(PUBLIC_FIELD)
  @Field(() => ID, { description: 'Identifiant stable (slug), par exemple « dinum ».' })
  id!: string;

  @Directive(PUBLIC_FIELD)
  @Field({ description: 'Nom officiel de l’administration.' })
  name!: string;

  @Directive(PUBLIC_FIELD)
  @Field(() => String, { nullable: true, description: 'Sigle usuel, par exemple « DINUM ».' })
  acronym!: string | null;

  @Directive(PUBLIC_FIELD)
  @Field(() => AdministrationKind, { description: 'Nature de l’administration.' })
  kind!: AdministrationKind;

  /** Read by the `parent` field resolver through a loader. */
  parentId!: string | null;

  static fromEntity(entity: AdministrationEntity): Administration {
    return Object.assign(new Administration(), {
      id: entity.id,
      name: entity.name,
      acronym: entity.acronym,
      kind: entity.kind,
      parentId: entity.parentId,
    });
  }
}
