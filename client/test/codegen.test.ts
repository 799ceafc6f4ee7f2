import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Kind, parse, type DocumentNode } from 'graphql';
import * as generated from '../src/gql/graphql';

const CLIENT = path.resolve(__dirname, '..');
const COMMITTED = path.join(CLIENT, 'src/gql');

/**
 * The dashboard's operation types are generated from schema/supergraph.graphql and committed: this
 * runs GraphQL Code Generator again, into a temporary directory, and expects the same files.
 */
describe('generated GraphQL types of the dashboard', () => {
  it('match what codegen produces from the current contract and operations', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'talents-codegen-'));
    try {
      await promisify(execFile)(
        path.join(CLIENT, '../node_modules/.bin/graphql-codegen'),
        ['--config', path.join(CLIENT, 'codegen.ts'), '--silent'],
        { cwd: CLIENT, env: { ...process.env, CODEGEN_OUT_DIR: outDir } },
      );
      const generated = (await readdir(outDir)).sort();
      expect((await readdir(COMMITTED)).sort()).toEqual(generated);
      for (const file of generated) {
        const expected = await readFile(path.join(outDir, file), 'utf8');
        const committed = await readFile(path.join(COMMITTED, file), 'utf8');
        // On failure: run `npm run codegen -w client` and commit client/src/gql.
        expect({ file, content: committed }).toEqual({ file, content: expected });
      }
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});

/** The name of the one operation of a document (fragments aside). */
function operationName(document: DocumentNode): string | undefined {
  const operations = document.definitions.filter(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return operations.length === 1 ? operations[0]?.name?.value : undefined;
}

/**
 * The gateway runs, for each hash the production dashboard sends, the text of
 * src/gql/persisted-documents.json: every operation of the screens must be there under the hash
 * its generated document carries, and that hash must be the SHA-256 of that very text.
 */
describe('manifest of the dashboard’s persisted operations', () => {
  const manifest = JSON.parse(
    readFileSync(path.join(COMMITTED, 'persisted-documents.json'), 'utf8'),
  ) as Record<string, string>;
  const operations = Object.values(generated).flatMap((value) => {
    const document = value as DocumentNode & { __meta__?: { hash?: string } };
    const name = document?.kind === Kind.DOCUMENT ? operationName(document) : undefined;
    return name ? [{ name, hash: document.__meta__?.hash }] : [];
  });

  it('lists every generated operation under the hash its document carries, and nothing else', () => {
    expect(operations.length).toBeGreaterThan(40);
    const byHash = Object.fromEntries(
      Object.entries(manifest).map(([hash, text]) => [hash, operationName(parse(text))]),
    );
    expect(byHash).toEqual(Object.fromEntries(operations.map(({ name, hash }) => [hash, name])));
  });

  it('keys each text by its SHA-256, with __typename where Apollo Client adds it', () => {
    for (const [hash, text] of Object.entries(manifest)) {
      expect({ hash, sha256: createHash('sha256').update(text, 'utf8').digest('hex') }).toEqual({
        hash,
        sha256: hash,
      });
      expect(text).toContain('__typename');
    }
  });
});
