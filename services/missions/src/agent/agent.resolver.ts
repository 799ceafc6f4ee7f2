import {
  denied,
  isAdmin,
  isSelf,
  isUuid,
  MissionStatus,
  normaliseUuid,
  type RequestContext,
} from '@talents/common';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ACCESS_MESSAGES } from '../mission/mission.access';
import type { MissionEntity } from '../mission/mission.entity';
import { contactMissionsKey, missionLoaders } from '../mission/mission.loader';
import { missionMapper } from '../mission/mission.mapper';
import { Mission } from '../mission/mission.types';
import { Agent } from './agent.types';

/** The missions part of an agent's RGPD export: what they are the contact of, nothing of anyone else. */
export interface AgentMissionsData {
  missionsAsContact: Array<Record<string, unknown>>;
}

@Resolver(() => Agent)
export class AgentResolver {
  @FieldResolver(() => [Mission], {
    nullable: true,
    description:
      'Missions dont l’agent est le contact (porteur du besoin), visibles de l’appelant, les plus récentes d’abord ; null si le service des missions ne répond pas.',
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

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description:
      'Données de l’agent détenues par le service des missions (RGPD) : les missions dont il est le contact, tous statuts confondus. Réservé à l’agent lui-même et à l’équipe du programme (sinon nul, erreur FORBIDDEN, ou UNAUTHENTICATED sans connexion).',
  })
  async missionsData(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<AgentMissionsData | null> {
    const agentId = isUuid(agent.id) ? normaliseUuid(agent.id) : agent.id;
    if (!isSelf(ctx.viewer, agentId) && !isAdmin(ctx.viewer)) {
      throw denied(ctx.viewer, ACCESS_MESSAGES.ownDataOnly, 'missionsData');
    }
    if (!isUuid(agentId)) return { missionsAsContact: [] };
    ctx.audit.read({
      entityType: 'Agent',
      entityId: agentId,
      subjectAgentId: agentId,
      field: 'missionsData',
    });
    const missions = await missionLoaders.allByContact(ctx).load(agentId);
    return { missionsAsContact: missions.map(missionMapper.toExport) };
  }
}
