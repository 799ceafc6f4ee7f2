import { MissionStatus } from '@talents/common';
import type { DemoMission } from './types';

const PUBLISHED_ONCE: readonly MissionStatus[] = [
  MissionStatus.PUBLISHED,
  MissionStatus.FILLED,
  MissionStatus.CLOSED,
];

/**
 * When a demo mission was published, as every subgraph's seed stores it: its own date, or its creation
 * for a hand-built mission whose status implies a publication (the missions table requires one).
 */
export function demoPublishedAt(
  mission: Pick<DemoMission, 'publishedAt' | 'status' | 'createdAt'>,
): Date | null {
  return mission.publishedAt ?? (PUBLISHED_ONCE.includes(mission.status) ? mission.createdAt : null);
}
