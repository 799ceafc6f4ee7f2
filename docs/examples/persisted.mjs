// Sends persisted operations: the SHA-256 of each operation instead of its text. Node 20 or later,
// no dependency.
//   node persisted.mjs manifest > operations.json
//     prints this programme's operations as a manifest, for the programme team to register:
//     npm run api-client -- operations register <client id> operations.json
//   TALENTS_URL=https://talents.example.gouv.fr/graphql TALENTS_API_KEY=tn_… node persisted.mjs
//     reads the first page of the catalogue by hash: one mission a line (id, title).
// test/contract/integrators-guide.test.ts runs this very file against a started hub.
import { createHash } from 'node:crypto';

const url = process.env.TALENTS_URL ?? 'http://localhost:4000/graphql';
const apiKey = process.env.TALENTS_API_KEY;

/** The operations this programme sends, by name; the text is hashed exactly as written here. */
const OPERATIONS = {
  FirstMissions:
    'query FirstMissions($first: Int!) { missions(first: $first) { totalCount nodes { id title } } }',
};

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Apollo's manifest format: the hub registers each `body` under its `id`, the SHA-256 of the body. */
function manifest() {
  return {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: Object.entries(OPERATIONS).map(([name, body]) => ({
      id: sha256(body),
      name,
      type: 'query',
      body,
    })),
  };
}

/** Sends the hash alone; the hub runs the text registered under it, with the limits of any operation. */
async function persisted(name, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({
      operationName: name,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(OPERATIONS[name]) } },
    }),
  });
  const body = await response.json();
  const [first] = body.errors ?? [];
  if (first?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') {
    // Not registered (or revoked) for this key: in production the text alone would be refused too.
    throw new Error(`${name} n’est pas enregistrée pour cette clé : ${first.message}`);
  }
  if (!body.data)
    throw new Error(`[${first?.extensions?.code ?? `HTTP ${response.status}`}] ${first?.message}`);
  return body.data;
}

async function main() {
  if (process.argv[2] === 'manifest') {
    console.log(JSON.stringify(manifest(), null, 2));
    return;
  }
  if (!apiKey) throw new Error('TALENTS_API_KEY est obligatoire (la clé donnée par « npm run api-client »).');
  const { missions } = await persisted('FirstMissions', { first: 5 });
  for (const mission of missions.nodes) console.log([mission.id, mission.title].join('\t'));
}

main().catch((error) => {
  console.error(`Échec : ${error.message}`);
  process.exitCode = 1;
});
