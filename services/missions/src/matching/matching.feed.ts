import type { FeedChannel, FeedRow, Viewer } from '@talents/common';
import type { DataSource } from 'typeorm';
import { isMissionVisible } from '../mission/mission.access';
import { MissionEntity } from '../mission/mission.entity';
import { Skill } from '../skill/skill.types';
import type { MissionFeedFilter, MissionMatch } from './matching.types';
import { scoreAgentsForMission, type ScoredMission } from './matching.sql';

/** Feed topic written in the transaction that publishes a mission. */
export const MISSION_PUBLISHED_TOPIC = 'mission.published';

export interface MatchSubscriber {
  agentId: string;
  viewer: Viewer;
  minScore: number;
}

export interface PublicationSubscriber {
  viewer: Viewer;
  filter: MissionFeedFilter | null;
}

export type MatchValue = Omit<MissionMatch, 'cursor'>;

export type MatchExplanation = Omit<MissionMatch, 'cursor' | 'mission'>;

/** The score and its explanation, as `match_score` computed them. */
export function explanationOf(row: ScoredMission): MatchExplanation {
  return {
    score: row.score,
    skillsScore: row.skills_score,
    availabilityScore: row.availability_score,
    workModeScore: row.work_mode_score,
    met: row.met.map(Skill.ref),
    partlyMet: row.partly_met.map(Skill.ref),
    missing: row.missing.map(Skill.ref),
    endorsed: row.endorsed.map(Skill.ref),
  };
}

function passes(filter: MissionFeedFilter | null, mission: MissionEntity): boolean {
  if (!filter) return true;
  if (filter.kinds?.length && !filter.kinds.includes(mission.kind)) return false;
  if (filter.skillIds?.length && !filter.skillIds.some((id) => mission.skillIds.includes(id))) return false;
  if (filter.hostAdministrationId && filter.hostAdministrationId !== mission.hostAdministrationId)
    return false;
  if (filter.workModes?.length && !filter.workModes.includes(mission.workMode)) return false;
  if (filter.crisis !== null && filter.crisis !== undefined && filter.crisis !== mission.crisis) return false;
  return true;
}

async function publishedMission(db: DataSource, row: FeedRow): Promise<MissionEntity | null> {
  return db.getRepository(MissionEntity).findOneBy({ id: row.entityId });
}

function createChannels(db: DataSource) {
  const matches: FeedChannel<MatchSubscriber, MatchValue> = {
    topic: MISSION_PUBLISHED_TOPIC,
    async deliver(row, subscribers) {
      const delivered = new Map<MatchSubscriber, MatchValue>();
      const mission = await publishedMission(db, row);
      if (!mission) return delivered;
      // One statement for every subscriber of this replica; the GIN overlap keeps it to those
      // holding one of the mission's skills.
      const scored = await scoreAgentsForMission(db, mission.id, [
        ...new Set(subscribers.map((subscriber) => subscriber.agentId)),
      ]);
      const byAgent = new Map(scored.map((score) => [score.agent_id, score]));
      for (const subscriber of subscribers) {
        const score = byAgent.get(subscriber.agentId);
        if (!score || score.score < subscriber.minScore) continue;
        // Authorised per event: what the subscriber's token lets them see, now.
        if (!isMissionVisible(subscriber.viewer, mission)) continue;
        delivered.set(subscriber, { ...explanationOf(score), mission });
      }
      return delivered;
    },
  };
  const publications: FeedChannel<PublicationSubscriber, MissionEntity> = {
    topic: MISSION_PUBLISHED_TOPIC,
    async deliver(row, subscribers) {
      const delivered = new Map<PublicationSubscriber, MissionEntity>();
      const mission = await publishedMission(db, row);
      if (!mission) return delivered;
      for (const subscriber of subscribers) {
        if (isMissionVisible(subscriber.viewer, mission) && passes(subscriber.filter, mission)) {
          delivered.set(subscriber, mission);
        }
      }
      return delivered;
    },
  };
  return { matches, publications };
}

const channelsByDatabase = new WeakMap<DataSource, ReturnType<typeof createChannels>>();

/** One channel of each kind per data source, so that the feed hub batches all their subscribers. */
export function missionFeedChannels(db: DataSource): ReturnType<typeof createChannels> {
  let channels = channelsByDatabase.get(db);
  if (!channels) {
    channels = createChannels(db);
    channelsByDatabase.set(db, channels);
  }
  return channels;
}
