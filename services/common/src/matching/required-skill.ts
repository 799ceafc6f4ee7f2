import { Directive, Field, ObjectType, type ClassType } from 'type-graphql';
import { SkillLevel } from '../vocabulary';

/**
 * `RequiredSkill` as missions, its owner, and profiles, which only receives it in `_entities`
 * representations for `suggestedAgents` (`@requires`), both declare it: `@shareable`, and word for
 * word alike, as composition wants. Each subgraph passes its own `Skill`.
 */
export function requiredSkillType<S extends object>(skill: ClassType<S>) {
  @Directive('@shareable')
  @ObjectType('RequiredSkill', {
    description: 'Compétence demandée par une mission, avec le niveau minimal attendu.',
  })
  class RequiredSkill {
    @Field(() => skill, {
      nullable: true,
      description: 'Compétence demandée ; null si le service des profils ne répond pas.',
    })
    skill!: S;

    @Field(() => SkillLevel, { description: 'Niveau minimal attendu.' })
    minLevel!: SkillLevel;

    @Field(() => Boolean, {
      description:
        'Compétence indispensable (vrai) ou appréciée (faux) ; le rapprochement compte double les indispensables.',
    })
    essential!: boolean;
  }
  return RequiredSkill;
}
