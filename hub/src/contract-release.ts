import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CriticalityLevel } from '@graphql-inspector/core';
import { isObjectType, printSchema, type GraphQLSchema } from 'graphql';
import {
  apiSchemaOf,
  compareContracts,
  explainRefusal,
  type AnnouncedChange,
  type Comparison,
  type ContractChange,
} from './contract-compatibility';
import { SCHEMA_DIR } from './contract';

/**
 * The last released contract lives in `schema/released/`: its supergraph, its API schema (what
 * integrators generate their types from), its name and date, and the reviewed list of breaking
 * changes announced since. `schema/CHANGELOG.md` tells the story release by release.
 */
export const RELEASED = {
  dir: 'released',
  supergraph: 'released/supergraph.graphql',
  apiSchema: 'released/api.graphql',
  info: 'released/release.json',
  announced: 'released/announced.json',
  changelog: 'CHANGELOG.md',
} as const;

export interface ReleaseInfo {
  name: string;
  /** YYYY-MM-DD, the day it was released (Paris). */
  date: string;
  /** The release it was compared with; null for the first. */
  previous: string | null;
}

export interface ReleasedContract {
  info: ReleaseInfo;
  supergraph: string;
  announced: AnnouncedChange[];
}

const RELEASE_NAME = /^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

async function readOptional(file: string): Promise<string | null> {
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

/** Reads and checks `announced.json`; a malformed list is refused in French, naming the entry. */
export function parseAnnounced(text: string): AnnouncedChange[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`schema/released/announced.json n’est pas du JSON valide : ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new Error('schema/released/announced.json doit être une liste ([]).');
  return parsed.map((entry: unknown, index) => {
    const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string).trim() : '');
    const [change, where, reason] = [text('change'), text('path'), text('reason')];
    if (!change || !where || reason.length < 10) {
      throw new Error(
        `schema/released/announced.json, entrée ${index + 1} : « change », « path » et « reason » (au moins ` +
          '10 caractères : pourquoi, et comment les intégrateurs ont été prévenus) sont obligatoires.',
      );
    }
    return { change, path: where, reason };
  });
}

export async function readReleased(dir = SCHEMA_DIR): Promise<ReleasedContract | null> {
  const supergraph = await readOptional(path.join(dir, RELEASED.supergraph));
  if (supergraph === null) return null;
  const info = JSON.parse(
    (await readOptional(path.join(dir, RELEASED.info))) ?? 'null',
  ) as ReleaseInfo | null;
  if (!info?.name) throw new Error(`${RELEASED.info} manque ou ne nomme pas la version publiée.`);
  const announced = parseAnnounced((await readOptional(path.join(dir, RELEASED.announced))) ?? '[]');
  return { info, supergraph, announced };
}

/** The current supergraph against the released one, with the announced list. */
export async function checkAgainstRelease(
  currentSupergraph: string,
  released: ReleasedContract,
): Promise<{ comparison: Comparison; refusal: string | null }> {
  const comparison = await compareContracts(released.supergraph, currentSupergraph, released.announced);
  return { comparison, refusal: explainRefusal(comparison, released.info.name) };
}

// ---------------------------------------------------------------------------------------------
// Changelog

const HEADER = `# Changelog of the GraphQL contract

What changed for clients of the hub's API (the API schema of \`schema/supergraph.graphql\`), release
by release. Generated: « Unreleased » by \`npm run schema\` (the current supergraph compared with the
last release, \`schema/released/\`), each release's section by \`npm run schema -- --release <name>\`.
Breaking changes are allowed only when announced: see
[docs/integrators.md](../docs/integrators.md#versioning-and-deprecation).
`;

const UNRELEASED_HEADING = '## Unreleased';

/** Description changes are listed by path only: the texts are French prose, not contract. */
const isDescriptionChange = (change: ContractChange) => change.type.includes('DESCRIPTION');
/** The library reports `@deprecated` twice, as a deprecation and as a directive use: keep one. */
const isDirectiveUseEcho = (change: ContractChange) =>
  change.type.startsWith('DIRECTIVE_USAGE_') && change.level === CriticalityLevel.NonBreaking;

function announcementText(change: ContractChange): string {
  if (!change.announcement) return '';
  return change.announcement.by === 'deprecation'
    ? ` — deprecated first: « ${change.announcement.reason} »`
    : ` — announced: ${change.announcement.reason}`;
}

/** The body of a changelog section: the changes grouped by what they mean for clients. */
export function renderChanges(comparison: Comparison): string {
  // A new type is one line: its own fields and values are part of it.
  const addedTypes = new Set(comparison.changes.filter((c) => c.type === 'TYPE_ADDED').map((c) => c.path));
  const insideAddedType = (change: ContractChange) =>
    change.level === CriticalityLevel.NonBreaking &&
    addedTypes.has(change.path.split('.')[0] ?? '') &&
    change.path.includes('.');
  const shown = comparison.changes.filter(
    (change) => !isDirectiveUseEcho(change) && !insideAddedType(change),
  );
  const groups: [string, ContractChange[]][] = [
    ['Breaking', shown.filter((c) => c.level === CriticalityLevel.Breaking)],
    ['Dangerous', shown.filter((c) => c.level === CriticalityLevel.Dangerous)],
    [
      'Other changes',
      shown.filter((c) => c.level === CriticalityLevel.NonBreaking && !isDescriptionChange(c)),
    ],
  ];
  const parts: string[] = [];
  for (const [title, changes] of groups) {
    if (changes.length === 0) continue;
    const lines = changes.map((c) => `- \`${c.path}\`: ${c.message}${announcementText(c)}`);
    parts.push(`### ${title}\n\n${lines.join('\n')}`);
  }
  const described = [
    ...new Set(
      shown
        .filter((c) => c.level === CriticalityLevel.NonBreaking && isDescriptionChange(c))
        .map((c) => c.path),
    ),
  ];
  if (described.length > 0) {
    parts.push(
      `### Descriptions\n\n${described.length} changed: ${described.map((p) => `\`${p}\``).join(', ')}.`,
    );
  }
  return parts.length > 0 ? parts.join('\n\n') : 'No change for clients.';
}

function unreleasedSection(released: ReleaseInfo | null, comparison: Comparison | null): string {
  if (!released || !comparison) return `${UNRELEASED_HEADING}\n\nNo release yet.\n`;
  return `${UNRELEASED_HEADING}\n\nCompared with release ${released.name}.\n\n${renderChanges(comparison)}\n`;
}

/** A first release has nothing to compare with: it says what it holds. */
function describeContract(schema: GraphQLSchema): string {
  const roots = [
    ['Queries', schema.getQueryType()],
    ['Mutations', schema.getMutationType()],
    ['Subscriptions', schema.getSubscriptionType()],
  ] as const;
  const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));
  const fields = types.reduce(
    (sum, type) => sum + (isObjectType(type) ? Object.keys(type.getFields()).length : 0),
    0,
  );
  const lines = [`First released contract: ${types.length} types, ${fields} fields of object types.`, ''];
  for (const [title, type] of roots) {
    if (type)
      lines.push(
        `- ${title}: ${Object.keys(type.getFields())
          .map((name) => `\`${name}\``)
          .join(', ')}.`,
      );
  }
  return lines.join('\n');
}

function releaseSection(info: ReleaseInfo, body: string): string {
  const title = info.date === info.name ? info.name : `${info.name} (${info.date})`;
  const compared = info.previous ? `Compared with release ${info.previous}.\n\n` : '';
  return `## ${title}\n\n${compared}${body}\n`;
}

/** The released sections of an existing changelog: everything from the first release heading on. */
function history(existing: string | null): string {
  if (!existing) return '';
  const lines = existing.split('\n');
  const start = lines.findIndex((line) => line.startsWith('## ') && line !== UNRELEASED_HEADING);
  return start === -1 ? '' : lines.slice(start).join('\n').trimEnd() + '\n';
}

function renderChangelog(unreleased: string, releases: string): string {
  return [HEADER, unreleased, releases].filter(Boolean).join('\n');
}

/** The changelog as `npm run schema` writes it for this supergraph (history kept, Unreleased recomputed). */
export async function expectedChangelog(currentSupergraph: string, dir = SCHEMA_DIR): Promise<string> {
  const released = await readReleased(dir);
  const comparison = released
    ? await compareContracts(released.supergraph, currentSupergraph, released.announced)
    : null;
  const existing = await readOptional(path.join(dir, RELEASED.changelog));
  return renderChangelog(unreleasedSection(released?.info ?? null, comparison), history(existing));
}

export async function writeChangelog(currentSupergraph: string, dir = SCHEMA_DIR): Promise<void> {
  await writeFile(path.join(dir, RELEASED.changelog), await expectedChangelog(currentSupergraph, dir));
}

/** True when the committed changelog is not what `npm run schema` would write. */
export async function changelogDrifted(currentSupergraph: string, dir = SCHEMA_DIR): Promise<boolean> {
  const committed = await readOptional(path.join(dir, RELEASED.changelog));
  return committed !== (await expectedChangelog(currentSupergraph, dir));
}

// ---------------------------------------------------------------------------------------------
// Release

/** Today in Paris, as YYYY-MM-DD. */
export function parisToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}

/**
 * Makes `supergraph` the released contract: refused (French message) when it breaks the previous
 * release unannounced. Writes the release files, empties the announced list (those changes are now
 * released, and told in the changelog with their reasons) and moves « Unreleased » into a section.
 */
export async function releaseContract(
  supergraph: string,
  name: string,
  date = parisToday(),
  dir = SCHEMA_DIR,
): Promise<ReleaseInfo> {
  if (!RELEASE_NAME.test(name)) {
    throw new Error(
      `Nom de version invalide : « ${name} » (lettres, chiffres, . _ -, par exemple 2026-12-07).`,
    );
  }
  if (!DAY.test(date)) throw new Error(`Date invalide : « ${date} » (AAAA-MM-JJ attendu).`);
  const previous = await readReleased(dir);
  if (previous?.info.name === name) throw new Error(`La version « ${name} » est déjà la dernière publiée.`);
  const apiSchema = apiSchemaOf(supergraph);
  let body: string;
  if (previous) {
    const { comparison, refusal } = await checkAgainstRelease(supergraph, previous);
    if (refusal) throw new Error(`Publication refusée.\n${refusal}`);
    body = renderChanges(comparison);
  } else {
    body = describeContract(apiSchema);
  }
  const info: ReleaseInfo = { name, date, previous: previous?.info.name ?? null };
  const existing = await readOptional(path.join(dir, RELEASED.changelog));
  await mkdir(path.join(dir, RELEASED.dir), { recursive: true });
  await writeFile(path.join(dir, RELEASED.supergraph), supergraph);
  await writeFile(path.join(dir, RELEASED.apiSchema), `${printSchema(apiSchema)}\n`);
  await writeFile(path.join(dir, RELEASED.info), `${JSON.stringify(info, null, 2)}\n`);
  await writeFile(path.join(dir, RELEASED.announced), '[]\n');
  const releases = releaseSection(info, body) + (history(existing) ? `\n${history(existing)}` : '');
  const noChange = await compareContracts(supergraph, supergraph);
  await writeFile(
    path.join(dir, RELEASED.changelog),
    renderChangelog(unreleasedSection(info, noChange), releases),
  );
  return info;
}
