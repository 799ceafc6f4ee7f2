import { Directive, Field, ObjectType, type ClassType } from 'type-graphql';
import { SkillLevel } from '../vocabulary';

/**
 * What missions, the owner of `Mission`, and profiles, which reads a mission's requirements through
 * `@requires` to suggest agents, say alike of the entity: composition keeps the description most
 * subgraphs agree on, so each side words it as the owner does.
 */
export const MISSION_DESCRIPTIONS = {
  type: 'Mission numérique proposée par une administration à des agents d’autres administrations.',
  id: 'Identifiant de la mission (UUID).',
};

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
