import { MissionStatus, type RequestContext } from '@talents/common';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MissionEntity } from '../mission/mission.entity';
import { contactMissionsKey, missionLoaders } from '../mission/mission.loader';
import { Mission } from '../mission/mission.types';
import { Agent } from './agent.types';

@Resolver(() => Agent)
export class AgentResolver {
  @FieldResolver(() => [Mission], {
    description: 'Missions dont l’agent est le contact (porteur du besoin), les plus récentes d’abord.',
  })
  publishedMissions(
    @Root() agent: Agent,
    @Arg('statuses', () => [MissionStatus], {
      nullable: true,
      description:
        'Statuts retenus ; absent ou vide : les missions publiées, pourvues ou clôturées (PUBLISHED, FILLED, CLOSED), sans brouillons, missions soumises ni annulées.',
    })
    statuses: MissionStatus[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<MissionEntity[]> {
    return missionLoaders.byContact(ctx).load(contactMissionsKey(agent.id, statuses));
  }
}
