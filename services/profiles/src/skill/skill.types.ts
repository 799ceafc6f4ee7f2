import { SKILL_FAMILY_LABEL, SkillFamily, PUBLIC_FIELD } from '@talents/common';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { SkillEntity } from './skill.entity';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Compétence du référentiel, rattachée à une famille.' })
export class Skill {
  @Directive(PUBLIC_FIELD)
  @Field(() => ID, { description: 'Identifiant stable (slug), par exemple « typescript ».' })
  id!: string;

  @Directive(PUBLIC_FIELD)
  @Field({ description: 'Libellé de la compétence.' })
  label!: string;

  @Directive(PUBLIC_FIELD)
  @Field(() => SkillFamily, { description: 'Famille de compétences.' })
  family!: SkillFamily;

  @Directive(PUBLIC_FIELD)
  @Field({ description: 'Libellé français de la famille de compétences.' })
  familyLabel!: string;

  static fromEntity(entity: SkillEntity): Skill {
    return Object.assign(new Skill(), {
      id: entity.id,
      label: entity.label,
      family: entity.family,
      familyLabel: SKILL_FAMILY_LABEL[entity.family],
    });
  }
}
