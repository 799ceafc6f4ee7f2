import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { HUB_SUBGRAPHS } from './subgraphs';

export const SCHEMA_DIR = path.resolve(__dirname, '../../schema');

export interface Contract {
  /** File name in `schema/` → content. */
  files: Map<string, string>;
}

/** URLs written into the supergraph: the defaults of a one-host deployment, overridden at run time. */
function defaultUrl(name: string, port: number): string {
  return `http://${name}:${port}/graphql`;
}

/**
 * Prints each subgraph's SDL from the code and composes the supergraph. Composition errors are
 * thrown with every message, since a supergraph that does not compose must never be written.
 */
export async function generateContract(): Promise<Contract> {
  const files = new Map<string, string>();
  const services = [];
  for (const { definition, defaultPort } of HUB_SUBGRAPHS) {
    const { sdl } = await definition.buildSchema();
    files.set(`${definition.name}.graphql`, `${sdl.trim()}\n`);
    services.push({
      name: definition.name,
      typeDefs: parse(sdl),
      url: defaultUrl(definition.name, defaultPort),
    });
  }
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(
      `La composition du supergraphe a échoué :\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`,
    );
  }
  files.set('supergraph.graphql', `${result.supergraphSdl.trim()}\n`);
  return { files };
}

export async function writeContract(contract: Contract, dir = SCHEMA_DIR): Promise<void> {
  for (const [name, content] of contract.files) await writeFile(path.join(dir, name), content);
}

/** Names of the committed files that differ from what the code produces. */
export async function contractDrift(contract: Contract, dir = SCHEMA_DIR): Promise<string[]> {
  const drifted: string[] = [];
  for (const [name, content] of contract.files) {
    const committed = await readFile(path.join(dir, name), 'utf8').catch(() => null);
    if (committed !== content) drifted.push(name);
  }
  return drifted;
}
