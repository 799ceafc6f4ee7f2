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

/** The event applied as missions' consumer applies it, in a transaction of its own. */
export function consumeProfile(server: TestSubgraph, event: AgentChangedForMatching): Promise<void> {
  return server.db.transaction((manager) => applyAgentChangedForMatching(event, manager));
}
