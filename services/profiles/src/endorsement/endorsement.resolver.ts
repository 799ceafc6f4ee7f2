import type { RequestContext } from '@talents/common';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { profileField } from '../agent/agent.access';
import { agentById } from '../agent/agent.loader';
import { Agent, AgentSkill } from '../agent/agent.types';
import { endorsedOnlySkillsOf, endorsementsOf, type LoadedEndorsement } from './endorsement.service';
import { EndorsedOnlySkill, SkillEndorsement } from './endorsement.types';

/** Endorsements beside the declared skills: readable wherever `Agent.skills` is. */
@Resolver(() => AgentSkill)
export class AgentSkillEndorsementResolver {
  @FieldResolver(() => [SkillEndorsement], {
    description:
      'Recommandations de cette compétence par les administrations d’accueil de missions réalisées, de la plus ancienne à la plus récente.',
  })
  endorsements(@Root() skill: AgentSkill, @Ctx() ctx: RequestContext): Promise<SkillEndorsement[]> {
    return endorsementsOf(ctx, skill.agentId, skill.skill.id);
  }

  @FieldResolver(() => Int, {
    description:
      'Nombre de recommandations de cette compétence : le rapprochement compte une compétence recommandée davantage qu’une compétence seulement déclarée.',
  })
  async endorsementCount(@Root() skill: AgentSkill, @Ctx() ctx: RequestContext): Promise<number> {
    return (await endorsementsOf(ctx, skill.agentId, skill.skill.id)).length;
  }
}

@Resolver(() => SkillEndorsement)
export class SkillEndorsementResolver {
  @FieldResolver(() => Agent, {
    nullable: true,
    description:
      'Qui l’a recommandée (référent ou contact de la mission) ; null s’il est inconnu du service des profils.',
  })
  endorsedBy(@Root() endorsement: LoadedEndorsement, @Ctx() ctx: RequestContext): Promise<Agent | null> {
    return agentById(ctx).load(endorsement.endorsedById);
  }
}

@Resolver(() => Agent)
export class AgentEndorsementResolver {
  @FieldResolver(() => [EndorsedOnlySkill], {
    nullable: true,
    description:
      'Compétences que des administrations d’accueil ont recommandées mais que l’agent n’a pas déclarées, par famille puis par libellé : des preuves montrées à côté des compétences déclarées ; en les déclarant, l’agent leur donne un niveau et les recommandations les suivent. Visible de qui voit les compétences de l’agent ; sinon nul avec une erreur FORBIDDEN.',
  })
  undeclaredEndorsedSkills(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<EndorsedOnlySkill[]> {
    return profileField(ctx, agent, 'undeclaredEndorsedSkills', () => endorsedOnlySkillsOf(ctx, agent.id));
  }
}
