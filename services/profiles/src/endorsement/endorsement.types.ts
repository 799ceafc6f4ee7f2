import { Field, Int, ObjectType } from 'type-graphql';
import { Agent } from '../agent/agent.types';
import { Mission } from '../matching/mission.types';
import { Skill } from '../skill/skill.types';

@ObjectType('SkillEndorsement', {
  description:
    'Recommandation d’une compétence par l’administration d’accueil d’une mission réalisée : une preuve, plus forte qu’une compétence seulement déclarée.',
})
export class SkillEndorsement {
  /** Exposed by `SkillEndorsementResolver.endorsedBy`, through the agents' loader. */
  endorsedBy?: Agent | null;

  @Field(() => Mission, {
    nullable: true,
    description:
      'Mission réalisée au cours de laquelle l’agent a montré cette compétence ; null si le demandeur ne peut pas la voir.',
  })
  mission!: Mission;

  @Field({ description: 'Date et heure de la recommandation.' })
  endorsedAt!: Date;
}

@ObjectType('EndorsedOnlySkill', {
  description:
    'Compétence recommandée par l’administration d’accueil d’une mission réalisée, que l’agent n’a pas déclarée ; le rapprochement la compte au niveau débutant, recommandée.',
})
export class EndorsedOnlySkill {
  @Field(() => Skill, { description: 'Compétence du référentiel.' })
  skill!: Skill;

  @Field(() => [SkillEndorsement], {
    description: 'Les recommandations, de la plus ancienne à la plus récente.',
  })
  endorsements!: SkillEndorsement[];

  @Field(() => Int, { description: 'Nombre de recommandations.' })
  endorsementCount!: number;
}
