import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The composed supergraph committed in `schema/`: the gateway serves this contract, nothing else. */
export const SUPERGRAPH_PATH = path.resolve(__dirname, '../../schema/supergraph.graphql');

export function readSupergraph(file = process.env.SUPERGRAPH_PATH ?? SUPERGRAPH_PATH): string {
  return readFileSync(file, 'utf8');
}
