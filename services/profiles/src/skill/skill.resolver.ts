import { SkillFamily, type RequestContext } from '@talents/common';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { SkillService } from './skill.service';
import { Skill } from './skill.types';

@Resolver(() => Skill)
export class SkillResolver {
  @Query(() => [Skill], {
    nullable: true,
    description:
      'Le référentiel des compétences, par famille puis par libellé ; null si le service des profils ne répond pas.',
  })
  skills(
    @Arg('family', () => SkillFamily, { nullable: true, description: 'Ne renvoyer que cette famille.' })
    family: SkillFamily | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<Skill[]> {
    return new SkillService(ctx).list(family);
  }
}
