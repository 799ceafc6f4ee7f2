import {
  decodeFeedCursor,
  denied,
  isAdmin,
  isSelf,
  isUuid,
  LoaderRegistry,
  normaliseUuid,
  validateArgument,
  type FeedEvent,
  type RequestContext,
  type Viewer,
} from '@talents/common';
import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, Float, Int, Resolver, Root, Subscription } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { Agent } from '../agent/agent.types';
import { checkCatalogueAccess } from '../mission/mission.access';
import type { MissionEntity } from '../mission/mission.entity';
import { missionLoaders } from '../mission/mission.loader';
import { explanationOf, missionFeedChannels, type MatchExplanation, type MatchValue } from './matching.feed';
import { recommendMissions } from './matching.sql';
import { checkMinScore, checkRecommendationCount, MATCHING_LIMITS } from './matching.rules';
import { MissionFeedFilter, MissionMatch, MissionPublication } from './matching.types';

const MESSAGES = {
  ownFeedOnly: 'Seul l’agent lui-même et l’équipe du programme voient ses missions recommandées.',
  agentsOnly: 'Le flux des missions qui vous correspondent est réservé aux agents connectés.',
  noFeed: 'Ce service ne diffuse pas de flux en direct.',
} as const;

interface RecommendationKey {
  agentId: string;
  first: number;
  minScore: number;
}

type Recommendation = MatchExplanation & { missionId: string };

/** One statement per distinct (first, minScore) in a request, whatever the number of agents. */
function recommendationLoader(db: DataSource, viewer: Viewer) {
  return new DataLoader<RecommendationKey, Recommendation[], string>(
    async (keys) => {
      const groups = new Map<string, RecommendationKey[]>();
      for (const key of keys) {
        const group = `${key.first}|${key.minScore}`;
        const list = groups.get(group) ?? [];
        list.push(key);
        groups.set(group, list);
      }
      const results = new Map<string, Recommendation[]>();
      for (const group of groups.values()) {
        const { first, minScore } = group[0] as RecommendationKey;
        const rows = await recommendMissions(
          db,
          viewer,
          group.map((key) => key.agentId),
          first,
          minScore,
        );
        for (const row of rows) {
          const cacheKey = `${row.agent_id}|${first}|${minScore}`;
          const list = results.get(cacheKey) ?? [];
          list.push({ ...explanationOf(row), missionId: row.mission_id });
          results.set(cacheKey, list);
        }
      }
      return keys.map((key) => results.get(`${key.agentId}|${key.first}|${key.minScore}`) ?? []);
    },
    { cacheKeyFn: (key) => `${key.agentId}|${key.first}|${key.minScore}` },
  );
}

const recommendationLoaders = new WeakMap<object, ReturnType<typeof recommendationLoader>>();

function recommendations(ctx: RequestContext) {
  let loader = recommendationLoaders.get(ctx.loaders);
  if (!loader) {
    loader = recommendationLoader(ctx.db, ctx.viewer);
    recommendationLoaders.set(ctx.loaders, loader);
  }
  return loader;
}

/**
 * A subscription's context lives as long as the subscription: each event starts with empty
 * loaders, so that nothing cached from an earlier event is served stale or kept for ever.
 */
function freshLoaders(ctx: RequestContext): void {
  ctx.loaders = new LoaderRegistry(ctx.db, ctx.viewer);
}

function feedOf(ctx: RequestContext) {
  if (!ctx.feed) throw new Error(MESSAGES.noFeed);
  return ctx.feed;
}

@Resolver(() => Agent)
export class AgentMatchingResolver {
  @FieldResolver(() => [MissionMatch], {
    nullable: true,
    description:
      'Missions publiées, encore ouvertes aux candidatures et accessibles à l’agent, qui correspondent à son profil (compétences, disponibilité, modalité), les meilleures d’abord. Réservé à l’agent lui-même et à l’équipe du programme (null avec une erreur FORBIDDEN pour les autres) ; null si le service des missions ne répond pas.',
  })
  async recommendedMissions(
    @Root() agent: Agent,
    @Arg('first', () => Int, {
      defaultValue: MATCHING_LIMITS.defaultRecommendations,
      description: `Nombre de missions (de 1 à ${MATCHING_LIMITS.maxRecommendations}).`,
    })
    first: number,
    @Arg('minScore', () => Float, {
      defaultValue: MATCHING_LIMITS.defaultMinScore,
      description: 'Score minimal, entre 0 et 1.',
    })
    minScore: number,
    @Ctx() ctx: RequestContext,
  ): Promise<MissionMatch[]> {
    const agentId = isUuid(agent.id) ? normaliseUuid(agent.id) : null;
    if (!isSelf(ctx.viewer, agentId) && !isAdmin(ctx.viewer)) {
      throw denied(ctx.viewer, MESSAGES.ownFeedOnly, 'recommendedMissions');
    }
    checkRecommendationCount(first);
    checkMinScore(minScore);
    if (!agentId) return [];
    const rows = await recommendations(ctx).load({ agentId, first, minScore });
    const missions = await missionLoaders.byId(ctx).loadMany(rows.map((row) => row.missionId));
    return rows.flatMap((row, index) => {
      const mission = missions[index];
      if (!mission || mission instanceof Error) return [];
      const { missionId: _missionId, ...match } = row;
      return [{ ...match, cursor: null, mission }];
    });
  }
}

@Resolver()
export class MatchingSubscriptionResolver {
  @Subscription(() => MissionMatch, {
    description:
      'Les missions qui correspondent à l’agent connecté, poussées dès leur publication avec l’explication du score ; son profil est relu à chaque événement (un changement de compétences s’applique sans se reconnecter). Reprise sans perte avec `after`.',
    subscribe: ({ args, context }) => {
      const ctx = context as RequestContext;
      const { viewer } = ctx;
      if (viewer.kind !== 'agent' || !viewer.agentId)
        throw denied(viewer, MESSAGES.agentsOnly, 'missionMatches');
      const minScore = checkMinScore(Number(args.minScore ?? MATCHING_LIMITS.defaultMinScore));
      const after = decodeFeedCursor(args.after as string | null | undefined);
      return feedOf(ctx).subscribe(
        missionFeedChannels(ctx.db).matches,
        { agentId: viewer.agentId, viewer, minScore },
        after,
      );
    },
  })
  missionMatches(
    @Root() event: FeedEvent<MatchValue>,
    @Ctx() ctx: RequestContext,
    @Arg('minScore', () => Float, {
      defaultValue: MATCHING_LIMITS.defaultMinScore,
      description: 'Score minimal, entre 0 et 1.',
    })
    _minScore: number,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Curseur du dernier événement reçu : les événements manqués depuis arrivent d’abord.',
    })
    _after: string | null,
  ): MissionMatch {
    freshLoaders(ctx);
    return { ...event.value, cursor: event.cursor };
  }

  @Subscription(() => MissionPublication, {
    description:
      'Les missions publiées, en direct, que l’appelant peut voir (catalogue public sans connexion), selon un filtre. Reprise sans perte avec `after`.',
    subscribe: ({ args, context }) => {
      const ctx = context as RequestContext;
      checkCatalogueAccess(ctx.viewer);
      const after = decodeFeedCursor(args.after as string | null | undefined);
      return feedOf(ctx).subscribe(
        missionFeedChannels(ctx.db).publications,
        { viewer: ctx.viewer, filter: (args.filter as MissionFeedFilter | null | undefined) ?? null },
        after,
      );
    },
  })
  missionPublished(
    @Root() event: FeedEvent<MissionEntity>,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => MissionFeedFilter, {
      nullable: true,
      description: 'Critères ; absent : toutes les missions visibles.',
      validateFn: validateArgument('filter'),
    })
    _filter: MissionFeedFilter | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Curseur du dernier événement reçu : les événements manqués depuis arrivent d’abord.',
    })
    _after: string | null,
  ): MissionPublication {
    freshLoaders(ctx);
    return { cursor: event.cursor, mission: event.value };
  }
}
