import { parseArgs } from 'node:util';
import { contractDrift, generateContract, SCHEMA_DIR, writeContract } from './contract';
import {
  changelogDrifted,
  checkAgainstRelease,
  readReleased,
  releaseContract,
  writeChangelog,
} from './contract-release';

const USAGE = `Usage :
  npm run schema                                   régénère schema/ (SDL, supergraphe, CHANGELOG.md)
  npm run schema -- --check                        vérifie sans rien écrire (dérive, compatibilité)
  npm run schema -- --release <nom> [--date AAAA-MM-JJ]   publie le supergraphe courant comme version`;

/**
 * `npm run schema` regenerates schema/; `--check` only reports drift and unannounced breaking
 * changes; `--release <name>` makes the current contract the released one.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { check: { type: 'boolean' }, release: { type: 'string' }, date: { type: 'string' } },
  });
  if (values.check && values.release) throw new Error(`--check et --release s’excluent.\n${USAGE}`);
  const contract = await generateContract();
  const supergraph = contract.files.get('supergraph.graphql') ?? '';

  if (values.check) {
    const problems: string[] = [];
    const drifted = await contractDrift(contract);
    if (await changelogDrifted(supergraph)) drifted.push('CHANGELOG.md');
    if (drifted.length > 0) {
      problems.push(`schema/ ne correspond plus au code : ${drifted.join(', ')}. Lancez « npm run schema ».`);
    }
    const released = await readReleased();
    const refusal = released && (await checkAgainstRelease(supergraph, released)).refusal;
    if (refusal) problems.push(refusal);
    if (problems.length > 0) {
      console.error(problems.join('\n\n'));
      process.exit(1);
    }
    console.log(
      `schema/ correspond au code${released ? ` et reste compatible avec la version ${released.info.name}` : ''}.`,
    );
    return;
  }

  await writeContract(contract);
  if (values.release !== undefined) {
    const info = await releaseContract(supergraph, values.release, values.date);
    console.log(
      `Version ${info.name} (${info.date}) publiée dans ${SCHEMA_DIR}/released` +
        `${info.previous ? `, comparée à ${info.previous}` : ''} ; CHANGELOG.md mis à jour.`,
    );
    return;
  }
  await writeChangelog(supergraph);
  console.log(`Contrat régénéré dans ${SCHEMA_DIR} : ${[...contract.files.keys()].join(', ')}, CHANGELOG.md`);
  const released = await readReleased();
  const refusal = released && (await checkAgainstRelease(supergraph, released)).refusal;
  // Written anyway (the files must say what the code does); the test and --check fail until announced.
  if (refusal) console.warn(`\nAttention : ${refusal}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
