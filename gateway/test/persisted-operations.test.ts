import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_MANIFEST_PATH, loadDashboardManifest } from '../src/persisted/dashboard-manifest';
import { operationsOfFile } from '../src/persisted/operation-text';
import { persistedOperationSettings } from '../src/persisted/persisted-operations';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('files of operations an API client registers', () => {
  const FILE = `
    fragment Card on Mission { id title }
    # Le catalogue
    query Catalogue($first: Int!) { missions(first: $first) { nodes { ...Card hostAdministration { name } } } }
    query Mission($id: ID!) { mission(id: $id) { ...Card } }
  `;

  it('splits a GraphQL file into named operations, each with its fragments, normalised and hashed', () => {
    const operations = operationsOfFile('operations.graphql', FILE);
    expect(operations.map((operation) => operation.name)).toEqual(['Catalogue', 'Mission']);
    for (const operation of operations) {
      expect(operation.hash).toBe(sha256(operation.body));
      expect(operation.body).toContain('fragment Card on Mission');
    }
    // Spacing, comments and the order of fields do not change the hash.
    const reordered = operationsOfFile(
      'autre.graphql',
      'query Mission($id: ID!) {\n  mission(id: $id) { ...Card }\n}\nfragment Card on Mission { title id }',
    );
    expect(reordered[0]?.hash).toBe(operations[1]?.hash);
  });

  it('refuses anonymous operations, undefined fragments and unreadable files, in French', () => {
    expect(() => operationsOfFile('a.graphql', '{ missions { totalCount } }')).toThrow(/porter un nom/);
    expect(() => operationsOfFile('a.graphql', 'query A { mission(id: "1") { ...Absent } }')).toThrow(
      /Fragment non défini : Absent/,
    );
    expect(() => operationsOfFile('a.graphql', 'query A {')).toThrow(/illisible/);
  });

  it('reads Apollo’s and GraphQL Code Generator’s manifests, each hash the SHA-256 of its text', () => {
    const body = 'query Catalogue { missions { totalCount } }';
    const apollo = JSON.stringify({
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [{ id: sha256(body), name: 'Catalogue', type: 'query', body }],
    });
    expect(operationsOfFile('manifest.json', apollo)).toEqual([
      { name: 'Catalogue', body, hash: sha256(body) },
    ]);
    expect(
      operationsOfFile('persisted-documents.json', JSON.stringify({ [sha256(body)]: body })),
    ).toHaveLength(1);
    expect(() => operationsOfFile('m.json', JSON.stringify({ [sha256('autre')]: body }))).toThrow(
      /n’est pas le SHA-256/,
    );
  });
});

describe('the dashboard’s manifest at the gateway', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'talents-manifest-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('loads the generated file, every hash checked', () => {
    expect(loadDashboardManifest(DEFAULT_MANIFEST_PATH).size).toBeGreaterThan(40);
  });

  it('refuses to start on a missing file or an entry edited by hand', async () => {
    expect(() => loadDashboardManifest(path.join(folder, 'absent.json'))).toThrow(/illisible.*codegen/);
    const edited = path.join(folder, 'edited.json');
    await writeFile(
      edited,
      JSON.stringify({ [sha256('query A { me { id } }')]: 'query A { me { id email } }' }),
    );
    expect(() => loadDashboardManifest(edited)).toThrow(/n’est pas le SHA-256 de son texte/);
  });

  it('safelists API clients in production by default, nobody in development; OPERATION_SAFELIST decides', () => {
    expect(persistedOperationSettings(true, {})).toEqual({ safelist: 'clients', automatic: false });
    expect(persistedOperationSettings(false, {})).toEqual({ safelist: 'off', automatic: true });
    expect(persistedOperationSettings(true, { OPERATION_SAFELIST: 'all' }).safelist).toBe('all');
    expect(() => persistedOperationSettings(true, { OPERATION_SAFELIST: 'tous' })).toThrow(
      /OPERATION_SAFELIST/,
    );
  });
});
