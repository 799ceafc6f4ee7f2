import type { RequestContext } from '@talents/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MissionEntity } from '../mission/mission.entity';
import { missionLoaders } from '../mission/mission.loader';
import { Mission } from '../mission/mission.types';
import { Agent } from './agent.types';

@Resolver(() => Agent)
export class AgentResolver {
  @FieldResolver(() => [Mission], {
    description:
      'Missions dont l’agent est le contact (porteur du besoin), quel que soit leur statut, les plus récentes d’abord.',
  })
  publishedMissions(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<MissionEntity[]> {
    return missionLoaders.byContact(ctx).load(agent.id);
  }
}
