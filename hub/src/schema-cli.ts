import { contractDrift, generateContract, SCHEMA_DIR, writeContract } from './contract';

/** `npm run schema` regenerates schema/; `npm run schema -- --check` only reports drift. */
async function main(): Promise<void> {
  const contract = await generateContract();
  if (process.argv.includes('--check')) {
    const drifted = await contractDrift(contract);
    if (drifted.length > 0) {
      console.error(`schema/ ne correspond plus au code : ${drifted.join(', ')}. Lancez « npm run schema ».`);
      process.exit(1);
    }
    console.log('schema/ correspond au code.');
    return;
  }
  await writeContract(contract);
  console.log(`Contrat régénéré dans ${SCHEMA_DIR} : ${[...contract.files.keys()].join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
