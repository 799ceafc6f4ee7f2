import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { buildSchema, parse, printSchema } from 'graphql';
import { SCHEMA_DIR } from '../../hub/src/contract';
import {
  apiSchemaOf,
  compareContracts,
  compareSchemas,
  explainRefusal,
  type AnnouncedChange,
} from '../../hub/src/contract-compatibility';
import {
  changelogDrifted,
  checkAgainstRelease,
  expectedChangelog,
  parseAnnounced,
  readReleased,
  RELEASED,
  releaseContract,
  renderChanges,
} from '../../hub/src/contract-release';

/** A small API in the hub's style, the starting point of each deliberate change below. */
const RELEASED_SDL = /* GraphQL */ `
  type Query {
    missions(first: Int = 20, after: String): [Mission!]!
    mission(id: ID!): Mission
    legacyCatalogue: Catalogue @deprecated(reason: "Remplacé par missions.")
    skills: [Skill!]!
  }
  type Mission {
    id: ID!
    title: String!
    seats: Int!
    effortDays: Int @deprecated(reason: "Remplacé par effortHours.")
    status: MissionStatus!
  }
  type Catalogue {
    entries: [Mission!]!
    format: CatalogueFormat!
  }
  enum CatalogueFormat {
    FULL
    SHORT
  }
  type Skill {
    id: ID!
    label: String!
    format: CatalogueFormat
  }
  enum MissionStatus {
    DRAFT
    PUBLISHED
    ARCHIVED @deprecated(reason: "Jamais utilisé.")
  }
  input MissionFilter {
    search: String
    legacy: Boolean @deprecated(reason: "Sans effet.")
  }
`;

/** The released API with `edit` applied to its text: each test states its change as a replacement. */
function changed(...edits: [string | RegExp, string][]): string {
  let sdl = RELEASED_SDL;
  for (const [from, to] of edits) {
    const next = sdl.replace(from, to);
    if (next === sdl) throw new Error(`fixture edit found nothing to replace: ${String(from)}`);
    sdl = next;
  }
  return sdl;
}

async function check(currentSdl: string, announced: AnnouncedChange[] = []) {
  const comparison = await compareSchemas(buildSchema(RELEASED_SDL), buildSchema(currentSdl), announced);
  return { comparison, refusal: explainRefusal(comparison, 'fixture-1') };
}

describe('the compatibility check (deliberate changes to a small API)', () => {
  it('passes an unchanged API and reports nothing', async () => {
    const { comparison, refusal } = await check(RELEASED_SDL);
    expect(comparison.changes).toEqual([]);
    expect(refusal).toBeNull();
  });

  it('refuses a removed field that was not deprecated, naming it and saying to deprecate it first', async () => {
    const { comparison, refusal } = await check(changed(['    seats: Int!\n', '']));
    expect(comparison.unannounced.map((c) => [c.type, c.path])).toEqual([['FIELD_REMOVED', 'Mission.seats']]);
    expect(refusal).toContain('version publiée « fixture-1 »');
    expect(refusal).toContain(
      '- Mission.seats : champ retiré. Pour l’annoncer : marquez-le d’abord @deprecated',
    );
  });

  it('refuses a field whose type changed, and says how to list it in announced.json', async () => {
    const { comparison, refusal } = await check(changed(['seats: Int!', 'seats: String!']));
    expect(comparison.unannounced.map((c) => [c.type, c.path])).toEqual([
      ['FIELD_TYPE_CHANGED', 'Mission.seats'],
    ]);
    expect(refusal).toContain('Mission.seats : type du champ changé de Int! en String!');
    expect(refusal).toContain('{"change":"FIELD_TYPE_CHANGED","path":"Mission.seats","reason":"…"}');
  });

  it('refuses a field made nullable (clients relied on a value)', async () => {
    const { comparison } = await check(changed(['title: String!', 'title: String']));
    expect(comparison.unannounced.map((c) => c.path)).toEqual(['Mission.title']);
  });

  it('refuses an argument made required, and a new required argument', async () => {
    const madeRequired = await check(changed(['after: String)', 'after: String!)']));
    expect(madeRequired.comparison.unannounced.map((c) => [c.type, c.path])).toEqual([
      ['FIELD_ARGUMENT_TYPE_CHANGED', 'Query.missions.after'],
    ]);
    expect(madeRequired.refusal).toContain('type de l’argument changé de String en String!');

    const added = await check(changed(['mission(id: ID!)', 'mission(id: ID!, version: Int!)']));
    expect(added.comparison.unannounced.map((c) => [c.type, c.path])).toEqual([
      ['FIELD_ARGUMENT_ADDED', 'Query.mission.version'],
    ]);
    expect(added.refusal).toContain('argument obligatoire ajouté (Int!, sans valeur par défaut)');
  });

  it('refuses a removed enum value and a required input field, not deprecated before', async () => {
    const enumValue = await check(changed(['    PUBLISHED\n', '']));
    expect(enumValue.comparison.unannounced.map((c) => c.path)).toEqual(['MissionStatus.PUBLISHED']);
    const input = await check(changed(['search: String\n', 'search: String\n    region: String!\n']));
    expect(input.comparison.unannounced.map((c) => [c.type, c.path])).toEqual([
      ['INPUT_FIELD_ADDED', 'MissionFilter.region'],
    ]);
  });

  it('passes additions: an optional field, an optional argument, a new type', async () => {
    const { comparison, refusal } = await check(
      changed(
        ['    seats: Int!\n', '    seats: Int!\n    seatsRemaining: Int\n'],
        ['skills: [Skill!]!', 'skills(family: String): [Skill!]!\n    stats: Stats'],
        [/$/, 'type Stats { missions: Int! }\n'],
      ),
    );
    expect(refusal).toBeNull();
    expect(comparison.changes.map((c) => [c.level, c.type, c.path])).toEqual(
      expect.arrayContaining([
        ['NON_BREAKING', 'FIELD_ADDED', 'Mission.seatsRemaining'],
        // « Dangerous » in the library's terms (a field that may now answer differently): reported, never refused.
        ['DANGEROUS', 'FIELD_ARGUMENT_ADDED', 'Query.skills.family'],
        ['NON_BREAKING', 'TYPE_ADDED', 'Stats'],
      ]),
    );
    // The changelog tells a new type once, not each of its fields.
    expect(renderChanges(comparison)).toContain("- `Stats`: Type 'Stats' was added");
    expect(renderChanges(comparison)).not.toContain('Stats.missions');
  });

  it('passes the removal of what the released contract had deprecated (deprecation first)', async () => {
    const { comparison, refusal } = await check(
      changed(
        ['    effortDays: Int @deprecated(reason: "Remplacé par effortHours.")\n', ''],
        ['    ARCHIVED @deprecated(reason: "Jamais utilisé.")\n', ''],
        ['    legacy: Boolean @deprecated(reason: "Sans effet.")\n', ''],
      ),
    );
    expect(refusal).toBeNull();
    expect(comparison.changes.map((c) => [c.level, c.path, c.announcement])).toEqual([
      ['BREAKING', 'Mission.effortDays', { by: 'deprecation', reason: 'Remplacé par effortHours.' }],
      ['BREAKING', 'MissionStatus.ARCHIVED', { by: 'deprecation', reason: 'Jamais utilisé.' }],
      ['BREAKING', 'MissionFilter.legacy', { by: 'deprecation', reason: 'Sans effet.' }],
    ]);
  });

  it('passes a type removed with the deprecated field that alone led to it, not one still used elsewhere', async () => {
    const withoutCatalogue = changed([
      '    legacyCatalogue: Catalogue @deprecated(reason: "Remplacé par missions.")\n',
      '',
    ]);
    // Catalogue was reachable only through the deprecated field; CatalogueFormat also from Skill.format.
    const { comparison, refusal } = await check(
      withoutCatalogue
        .replace(/type Catalogue \{[^}]*\}/, '')
        .replace('    format: CatalogueFormat\n  }', '  }'),
    );
    expect(
      comparison.changes.filter((c) => c.level === 'BREAKING').map((c) => [c.path, !!c.announcement]),
    ).toEqual(
      expect.arrayContaining([
        ['Query.legacyCatalogue', true],
        ['Catalogue', true],
        ['Skill.format', false],
      ]),
    );
    expect(refusal).toContain('- Skill.format : champ retiré.');
  });

  it('does not take a deprecation made in the same change as an announcement', async () => {
    // Deprecating and removing at once told nobody: the released contract must carry the deprecation.
    const { comparison } = await check(changed(['    seats: Int!\n', '']));
    const released = buildSchema(
      changed(['seats: Int!', 'seats: Int! @deprecated(reason: "Bientôt retiré.")']),
    );
    const viaRelease = await compareSchemas(released, buildSchema(changed(['    seats: Int!\n', ''])));
    expect(comparison.unannounced).toHaveLength(1);
    expect(viaRelease.unannounced).toHaveLength(0);
  });

  it('passes a change listed in announced.json with its reason, and refuses entries that match nothing', async () => {
    const announced: AnnouncedChange[] = [
      {
        change: 'FIELD_TYPE_CHANGED',
        path: 'Mission.seats',
        reason: 'Places illimitées : annoncé aux intégrateurs le 2026-11-02.',
      },
    ];
    const listed = await check(changed(['seats: Int!', 'seats: Int']), announced);
    expect(listed.refusal).toBeNull();
    expect(listed.comparison.changes[0]?.announcement).toEqual({ by: 'list', reason: announced[0]?.reason });

    const stale = await check(RELEASED_SDL, announced);
    expect(stale.refusal).toContain('announced.json annonce des changements qui n’ont pas lieu');
    expect(stale.refusal).toContain('- FIELD_TYPE_CHANGED Mission.seats');
  });

  it('reads announced.json strictly: each entry needs a change, a path and a reason', () => {
    expect(parseAnnounced('[]')).toEqual([]);
    expect(() => parseAnnounced('[{"change":"FIELD_REMOVED","path":"Mission.seats"}]')).toThrow(
      'schema/released/announced.json, entrée 1 : « change », « path » et « reason »',
    );
    expect(() => parseAnnounced('{"change":"FIELD_REMOVED"}')).toThrow('doit être une liste');
    expect(() => parseAnnounced('[')).toThrow('n’est pas du JSON valide');
  });
});

/** Two subgraphs in the hub's style, to check the comparison on composed supergraphs. */
function supergraph(missionsFields: string, profilesFields = ''): string {
  const link =
    'extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@inaccessible", "@shareable"])';
  const result = composeServices([
    {
      name: 'missions',
      url: 'http://missions:4002/graphql',
      typeDefs: parse(`${link}
        type Query { mission(id: ID!): Mission }
        type Mission @key(fields: "id") { id: ID! ${missionsFields} }`),
    },
    {
      name: 'profiles',
      url: 'http://profiles:4001/graphql',
      typeDefs: parse(`${link}
        type Query { agent(id: ID!): Agent ${profilesFields} }
        type Agent @key(fields: "id") { id: ID! displayName: String! }`),
    },
  ]);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.supergraphSdl;
}

describe('the compatibility check on supergraphs', () => {
  it('compares what clients see: inaccessible fields and the join machinery do not count', async () => {
    const before = supergraph('title: String!', 'principal(email: String!): ID @inaccessible');
    const after = supergraph('title: String!');
    expect(printSchema(apiSchemaOf(before))).not.toContain('principal');
    expect((await compareContracts(before, after)).changes).toEqual([]);
  });

  it('refuses a public field removed from a subgraph', async () => {
    const comparison = await compareContracts(
      supergraph('title: String! seats: Int!'),
      supergraph('title: String!'),
    );
    expect(comparison.unannounced.map((c) => c.path)).toEqual(['Mission.seats']);
  });
});

describe('releases and the changelog (in a scratch schema/ folder)', () => {
  let dir: string;
  const v1 = supergraph(
    'title: String! seats: Int! effortDays: Int @deprecated(reason: "Remplacé par effortHours.")',
  );
  const v2 = supergraph('title: String! seats: Int effortHours: Int');

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'talents-contract-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const read = (file: string) => readFile(path.join(dir, file), 'utf8');

  it('releases a first contract, then refuses a breaking one until it is announced, and tells it', async () => {
    await releaseContract(v1, '2026-11-02', '2026-11-02', dir);
    expect(await read(RELEASED.supergraph)).toBe(v1);
    expect(await read(RELEASED.apiSchema)).toBe(`${printSchema(apiSchemaOf(v1))}\n`);
    expect(JSON.parse(await read(RELEASED.info))).toEqual({
      name: '2026-11-02',
      date: '2026-11-02',
      previous: null,
    });
    expect(await read(RELEASED.changelog)).toContain('## 2026-11-02\n\nFirst released contract:');

    // Unreleased, the changelog shows the breaking change as it stands.
    const unreleased = await expectedChangelog(v2, dir);
    expect(unreleased).toContain('## Unreleased\n\nCompared with release 2026-11-02.\n\n### Breaking\n\n');
    expect(unreleased).toContain(
      "- `Mission.seats`: Field 'Mission.seats' changed type from 'Int!' to 'Int'\n",
    );
    expect(unreleased).toContain("- `Mission.effortDays`: Field 'effortDays' (deprecated) was removed");
    expect(unreleased).toContain('deprecated first: « Remplacé par effortHours. »');
    expect(unreleased).toContain('### Other changes\n\n- `Mission.effortHours`');

    await expect(releaseContract(v2, 'v2', '2026-12-07', dir)).rejects.toThrow(
      /Publication refusée\.\n.*« 2026-11-02 ».*\n- Mission\.seats : type du champ changé de Int! en Int\./,
    );
    expect(await read(RELEASED.supergraph)).toBe(v1);

    const reason = 'Places illimitées possibles : annoncé aux intégrateurs le 2026-11-20.';
    await writeFile(
      path.join(dir, RELEASED.announced),
      JSON.stringify([{ change: 'FIELD_TYPE_CHANGED', path: 'Mission.seats', reason }]),
    );
    await releaseContract(v2, 'v2', '2026-12-07', dir);
    const changelog = await read(RELEASED.changelog);
    expect(changelog).toContain(
      `## Unreleased\n\nCompared with release v2.\n\nNo change for clients.\n\n## v2 (2026-12-07)`,
    );
    expect(changelog).toContain(`Compared with release 2026-11-02.\n\n### Breaking`);
    expect(changelog).toContain(`changed type from 'Int!' to 'Int' — announced: ${reason}`);
    expect(changelog.indexOf('## v2')).toBeLessThan(changelog.indexOf('## 2026-11-02'));
    expect(await read(RELEASED.announced)).toBe('[]\n');
    expect(await changelogDrifted(v2, dir)).toBe(false);
    expect(await changelogDrifted(v1, dir)).toBe(true);
  });

  it('refuses a malformed release name or date, and releasing the same name twice', async () => {
    await expect(releaseContract(v1, '../évasion', undefined, dir)).rejects.toThrow(
      'Nom de version invalide',
    );
    await expect(releaseContract(v1, 'v1', '7 décembre', dir)).rejects.toThrow('Date invalide');
    await releaseContract(v1, 'v1', '2026-12-07', dir);
    await expect(releaseContract(v1, 'v1', '2026-12-07', dir)).rejects.toThrow('déjà la dernière publiée');
  });
});

describe('the released contract in schema/', () => {
  it('is kept by the current supergraph: no breaking change that was not announced', async () => {
    const released = await readReleased();
    expect(released).not.toBeNull();
    const current = await readFile(path.join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8');
    // On failure the French message says which change breaks, where, and how to announce it.
    expect((await checkAgainstRelease(current, released!)).refusal).toBeNull();
  });

  it('has its API schema beside it, and CHANGELOG.md is what `npm run schema` writes', async () => {
    const released = await readReleased();
    expect(await readFile(path.join(SCHEMA_DIR, RELEASED.apiSchema), 'utf8')).toBe(
      `${printSchema(apiSchemaOf(released!.supergraph))}\n`,
    );
    const current = await readFile(path.join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8');
    expect(await changelogDrifted(current)).toBe(false);
  });
});
