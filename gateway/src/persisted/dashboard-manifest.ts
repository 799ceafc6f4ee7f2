import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HASH_PATTERN, operationHash } from './operation-text';

/**
 * The dashboard's operations, extracted at build time by GraphQL Code Generator
 * (client/codegen.ts) and committed beside the generated types: the same commit's build sends
 * exactly these hashes. Read from the generated file rather than from client/dist, so that a
 * gateway deployed without the dashboard's files (its container) knows them all the same.
 */
export const DEFAULT_MANIFEST_PATH = path.resolve(
  __dirname,
  '../../../client/src/gql/persisted-documents.json',
);

/** `PERSISTED_DOCUMENTS_PATH`, or the generated file of this checkout. */
export function manifestPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.PERSISTED_DOCUMENTS_PATH?.trim() || DEFAULT_MANIFEST_PATH;
}

/**
 * Hash → text. Refuses to start (French sentence naming the file) on a missing or malformed file,
 * or an entry whose hash is not the SHA-256 of its text (a hand edit): every hash must run the
 * operation it names.
 */
export function loadDashboardManifest(file: string): ReadonlyMap<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `Manifeste des opérations du tableau de bord illisible (${file}, PERSISTED_DOCUMENTS_PATH) : ${
        error instanceof Error ? error.message : String(error)
      }. Lancez npm run codegen -w client.`,
    );
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`Manifeste ${file} : un objet empreinte → texte est attendu.`);
  }
  const manifest = new Map<string, string>();
  for (const [hash, text] of Object.entries(parsed)) {
    if (!HASH_PATTERN.test(hash) || typeof text !== 'string' || operationHash(text) !== hash) {
      throw new Error(
        `Manifeste ${file} : l’empreinte ${hash} n’est pas le SHA-256 de son texte. Lancez npm run codegen -w client.`,
      );
    }
    manifest.set(hash, text);
  }
  return manifest;
}
