import { columnsNotAccountedFor } from '@talents/common';
import { missionMapper } from '../src/mission/mission.mapper';

describe('missions’ entity mappers', () => {
  it('exports every column of the mission but those left out for a stated reason', () => {
    expect(columnsNotAccountedFor(missionMapper)).toEqual({ unaccounted: [], staleExclusions: [] });
  });
});
