import { columnsNotAccountedFor } from '@talents/common';
import { applicationMapper } from '../src/application/application.mapper';

describe('approvals’ entity mappers', () => {
  it('exports every column of the application but those left out for a stated reason', () => {
    expect(columnsNotAccountedFor(applicationMapper)).toEqual({ unaccounted: [], staleExclusions: [] });
  });
});
