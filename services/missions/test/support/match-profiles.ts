import { WorkMode, type AgentMatchFacts } from '@talents/common';
import type { TestSubgraph } from '../../../../test/support/subgraph';
import {
  applyAgentChangedForMatching,
  type AgentChangedForMatching,
} from '../../src/matching/agent-profile.consumer';

/**
 * An agent of culture as profiles announces them to matching (`agent.changed`): 20 h a month, in
 * Paris, no availability window, with the suite's skills, work mode and `version`.
 */
export function matchProfile(
  id: string,
  match: Pick<AgentMatchFacts, 'skills'> & Partial<AgentMatchFacts>,
  version: string,
): AgentChangedForMatching {
  return {
    id,
    administrationId: 'culture',
    managerId: null,
    erased: false,
    match: {
      hoursPerMonth: 20,
      availableFrom: null,
      availableUntil: null,
      workMode: WorkMode.REMOTE,
      city: 'Paris',
      ...match,
    },
    version,
  };
}

/**
 * The schedule of the matching suites' missions: 30 hours over three months, which a profile of
 * `matchProfile` (20 h a month, no window) covers whole.
 */
export const MATCHED_SCHEDULE = {
  effortHours: 30,
  startDate: '2027-03-01',
  endDate: '2027-05-31',
  applicationDeadline: '2027-02-15',
  createdAt: new Date('2026-11-01T09:00:00.000Z'),
  publishedAt: new Date('2026-11-02T09:00:00.000Z'),
};

/** The event applied as missions' consumer applies it, in a transaction of its own. */
export function consumeProfile(server: TestSubgraph, event: AgentChangedForMatching): Promise<void> {
  return server.db.transaction((manager) => applyAgentChangedForMatching(event, manager));
}
