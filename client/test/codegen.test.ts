import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

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
