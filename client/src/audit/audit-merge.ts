import type { AuditEntryFieldsFragment } from '../gql/graphql';

/** The three services that keep an audit log, each its own. */
export type AuditSource = 'profiles' | 'missions' | 'approvals';

export const AUDIT_SOURCES: AuditSource[] = ['profiles', 'missions', 'approvals'];

export interface SourcedEntry extends AuditEntryFieldsFragment {
  source: AuditSource;
}

export interface AuditPage {
  nodes: AuditEntryFieldsFragment[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface SourceState {
  /** Fetched but not shown yet: older than what another source may still hold. */
  waiting: SourcedEntry[];
  /** `at` of the last entry fetched, the oldest so far. */
  lastAt: string | null;
  endCursor: string | null;
  /** Not fetched yet, or more pages to come. */
  pending: boolean;
  /** Whether a first page was asked for and answered (or failed). */
  started: boolean;
  error: unknown;
}

/**
 * Several services' logs read as one, newest first. Each log is ordered by (at, id) descending and
 * paged by its own keyset cursor; an entry is shown once no source still pending can hold a newer
 * one, i.e. once it is at least as recent as the last entry fetched from every such source.
 */
export interface MergedLog {
  shown: SourcedEntry[];
  sources: Partial<Record<AuditSource, SourceState>>;
}

export function emptyLog(sources: readonly AuditSource[]): MergedLog {
  const states: MergedLog['sources'] = {};
  for (const source of sources)
    states[source] = {
      waiting: [],
      lastAt: null,
      endCursor: null,
      pending: true,
      started: false,
      error: null,
    };
  return { shown: [], sources: states };
}

function entriesOf(log: MergedLog): Array<[AuditSource, SourceState]> {
  return Object.entries(log.sources) as Array<[AuditSource, SourceState]>;
}

const time = (at: string) => new Date(at).getTime();

/** Newest first; at the same instant, a stable order (source, then id descending as the logs do). */
function newestFirst(a: SourcedEntry, b: SourcedEntry): number {
  return (
    time(b.at) - time(a.at) || a.source.localeCompare(b.source) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  );
}

/** The instant above which everything fetched can be shown; null: nothing can be yet. */
function threshold(log: MergedLog): number | null | 'all' {
  let limit: number | 'all' = 'all';
  for (const [, state] of entriesOf(log)) {
    if (!state.pending) continue;
    if (!state.started || state.lastAt === null) return null;
    const at = time(state.lastAt);
    if (limit === 'all' || at > limit) limit = at;
  }
  return limit;
}

function release(log: MergedLog): MergedLog {
  const limit = threshold(log);
  if (limit === null) return log;
  const released: SourcedEntry[] = [];
  const sources: MergedLog['sources'] = {};
  for (const [source, state] of entriesOf(log)) {
    const ready = state.waiting.filter((entry) => limit === 'all' || time(entry.at) >= limit);
    released.push(...ready);
    sources[source] = { ...state, waiting: state.waiting.filter((entry) => !ready.includes(entry)) };
  }
  return { shown: [...log.shown, ...released.sort(newestFirst)], sources };
}

/** The log after `source` answered a page. */
export function withPage(log: MergedLog, source: AuditSource, page: AuditPage): MergedLog {
  const state = log.sources[source];
  if (!state) return log;
  const nodes = page.nodes.map((node) => ({ ...node, source }));
  const last = nodes[nodes.length - 1];
  return release({
    ...log,
    sources: {
      ...log.sources,
      [source]: {
        ...state,
        waiting: [...state.waiting, ...nodes],
        lastAt: last ? last.at : state.lastAt,
        endCursor: page.pageInfo.endCursor ?? null,
        // An empty page that says there is more would never move on: take it as the end.
        pending: page.pageInfo.hasNextPage && nodes.length > 0,
        started: true,
      },
    },
  });
}

/** The log after `source` failed: its entries are missing, the others are still shown in order. */
export function withFailure(log: MergedLog, source: AuditSource, error: unknown): MergedLog {
  const state = log.sources[source];
  if (!state) return log;
  return release({
    ...log,
    sources: { ...log.sources, [source]: { ...state, pending: false, started: true, error } },
  });
}

/**
 * Which source to ask for its next page, with the cursor to pass: first every source not started
 * yet, then the one holding the others back (its last entry fetched is the most recent).
 */
export function nextFetches(log: MergedLog): Array<{ source: AuditSource; after: string | null }> {
  const states = entriesOf(log);
  const unstarted = states.filter(([, state]) => !state.started);
  if (unstarted.length > 0) return unstarted.map(([source]) => ({ source, after: null }));
  let holder: [AuditSource, SourceState] | null = null;
  for (const entry of states) {
    const [, state] = entry;
    if (!state.pending || state.lastAt === null) continue;
    if (!holder || time(state.lastAt) > time(holder[1].lastAt ?? state.lastAt)) holder = entry;
  }
  return holder ? [{ source: holder[0], after: holder[1].endCursor }] : [];
}

/** Whether « Charger la suite » has anything to bring. */
export function hasMore(log: MergedLog): boolean {
  return entriesOf(log).some(([, state]) => state.pending || state.waiting.length > 0);
}

/** The sources that failed, with their error. */
export function failures(log: MergedLog): Array<{ source: AuditSource; error: unknown }> {
  return entriesOf(log)
    .filter(([, state]) => state.error !== null)
    .map(([source, state]) => ({ source, error: state.error }));
}

/** Whether every source answered its first page (or failed). */
export function started(log: MergedLog): boolean {
  return entriesOf(log).every(([, state]) => state.started);
}
