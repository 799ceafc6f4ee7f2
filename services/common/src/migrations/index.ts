/**
 * Frozen history: the SQL that migrations share, one file per version. A migration imports
 * `@talents/common/migrations` and nothing else of the project, so that editing live code (an
 * entity, a vocabulary, a helper) never rewrites what an old migration did; a change of one of
 * these definitions is a new versioned file and a new migration, never an edit. The import-boundary
 * lint (`.dependency-cruiser.cjs`) enforces both rules.
 */
export * from './audit-log.v1';
export * from './feed.v1';
export * from './match-score.v1';
export * from './match-score.v2';
export * from './row-version.v1';
