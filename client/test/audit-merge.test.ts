import { actionLabel, changedFields, scalarText } from '../src/audit/audit-labels';
import {
  emptyLog,
  failures,
  hasMore,
  nextFetches,
  withFailure,
  withPage,
  type AuditPage,
  type MergedLog,
} from '../src/audit/audit-merge';

/** An entry of a log at minute `minute` of a day (the logs come newest first). */
function entry(id: string, minute: number) {
  return {
    id,
    at: new Date(Date.UTC(2027, 2, 3, 9, minute)).toISOString(),
    actorKind: 'agent',
    actorId: 'a',
    action: 'mission.update',
    entityType: 'Mission',
    entityId: 'm',
    subjectAgentId: null,
    fields: [],
    before: null,
    after: null,
  };
}

function page(minutes: number[], prefix: string, endCursor: string | null): AuditPage {
  return {
    nodes: minutes.map((minute) => entry(`${prefix}${minute}`, minute)),
    pageInfo: { hasNextPage: endCursor !== null, endCursor },
  };
}

const shownIds = (log: MergedLog) => log.shown.map((e) => e.id);

/** The merged view of several services' logs, each paged by its own keyset cursor. */
describe('merging the services’ audit logs', () => {
  it('asks every service first, then only the one holding the others back, and keeps the order', () => {
    let log = emptyLog(['missions', 'approvals']);
    expect(nextFetches(log)).toEqual([
      { source: 'missions', after: null },
      { source: 'approvals', after: null },
    ]);
    // Nothing shows before every service answered: the other one may hold newer entries.
    log = withPage(log, 'missions', page([50, 40, 30], 'm', 'm-1'));
    expect(shownIds(log)).toEqual([]);
    log = withPage(log, 'approvals', page([45, 10], 'a', null));
    // approvals is done; missions may still hold entries older than 30: 10 waits.
    expect(shownIds(log)).toEqual(['m50', 'a45', 'm40', 'm30']);
    expect(hasMore(log)).toBe(true);
    expect(nextFetches(log)).toEqual([{ source: 'missions', after: 'm-1' }]);
    log = withPage(log, 'missions', page([20, 5], 'm', null));
    expect(shownIds(log)).toEqual(['m50', 'a45', 'm40', 'm30', 'm20', 'a10', 'm5']);
    expect(hasMore(log)).toBe(false);
    expect(nextFetches(log)).toEqual([]);
  });

  it('shows the other services’ entries when one fails, and says which', () => {
    let log = emptyLog(['profiles', 'missions']);
    log = withPage(log, 'missions', page([30, 20], 'm', null));
    log = withFailure(log, 'profiles', new Error('indisponible'));
    expect(shownIds(log)).toEqual(['m30', 'm20']);
    expect(failures(log).map((f) => f.source)).toEqual(['profiles']);
    expect(hasMore(log)).toBe(false);
  });

  it('ends a log whose empty page claims more, rather than asking for it forever', () => {
    let log = emptyLog(['profiles']);
    log = withPage(log, 'profiles', { nodes: [], pageInfo: { hasNextPage: true, endCursor: null } });
    expect(hasMore(log)).toBe(false);
  });
});

describe('an entry in words', () => {
  it('lists only the fields that changed, and every field of a creation', () => {
    expect(
      changedFields(
        { title: 'A', seats: 2, skills: [{ id: 1 }] },
        { title: 'B', seats: 2, skills: [{ id: 1 }] },
      ),
    ).toEqual([{ field: 'title', before: 'A', after: 'B' }]);
    expect(changedFields(null, { title: 'A' })).toEqual([{ field: 'title', before: undefined, after: 'A' }]);
    expect(changedFields(null, null)).toEqual([]);
    // In reading order, whatever the order of the recorded state.
    expect(
      changedFields({ version: 1, seats: 2, title: 'A' }, { version: 2, seats: 3, title: 'B' }).map(
        (c) => c.field,
      ),
    ).toEqual(['title', 'seats', 'version']);
  });

  it('names known actions and codes, and shows unknown ones raw', () => {
    expect(actionLabel('mission.publish')).toEqual({ label: 'Mission publiée', known: true });
    expect(actionLabel('mission.teleport')).toEqual({ label: 'mission.teleport', known: false });
    expect(scalarText('status', 'SUBMITTED', 'Mission')).toBe('En modération');
    expect(scalarText('status', 'SUBMITTED', 'Application')).toBe('Déposée');
    expect(scalarText('status', 'FLYING', 'Mission')).toBe('FLYING');
    expect(scalarText('crisis', false, 'Mission')).toBe('non');
    expect(scalarText('startDate', '2027-03-03', 'Mission')).toBe('3 mars 2027');
  });
});
