import { columnsNotAccountedFor } from '@talents/common';
import { agentMapper } from '../src/agent/agent.mapper';

describe('profiles’ entity mappers', () => {
  it('exports every column of the agent but those left out for a stated reason', () => {
    expect(columnsNotAccountedFor(agentMapper)).toEqual({ unaccounted: [], staleExclusions: [] });
  });
});
