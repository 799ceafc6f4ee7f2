import { SKILL_FAMILY_LABEL, SkillFamily } from '@talents/common';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { SkillEntity } from './skill.entity';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Compétence du référentiel, rattachée à une famille.' })
export class Skill {
  @Field(() => ID, { description: 'Identifiant stable (slug), par exemple « typescript ».' })
  id!: string;

  @Field({ description: 'Libellé de la compétence.' })
  label!: string;

  @Field(() => SkillFamily, { description: 'Famille de compétences.' })
  family!: SkillFamily;

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
