// Follows the missions published in the public catalogue, live, over graphql-ws, with an API key
// holding missions:read. Node 20 or later with two packages: `npm install graphql-ws ws`.
//   TALENTS_URL=https://talents.example.gouv.fr/graphql TALENTS_API_KEY=tn_… node publications.mjs
// Prints one line per publication: cursor, mission id, title, host administration. Keep the last
// cursor: started again with TALENTS_AFTER=<that cursor>, it first receives what it missed.
// test/contract/integrators-guide.test.ts runs this very file against a started hub.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = (process.env.TALENTS_URL ?? 'http://localhost:4000/graphql').replace(/^http/, 'ws');
const apiKey = process.env.TALENTS_API_KEY;
// For a test or a batch: stop after this many publications (0: follow for ever).
const maxEvents = Number(process.env.TALENTS_MAX_EVENTS ?? 0);

const PUBLISHED = /* GraphQL */ `
  subscription Publications($after: String) {
    missionPublished(after: $after) {
      cursor
      mission {
        id
        title
        hostAdministration {
          name
        }
      }
    }
  }
`;

/** Closes after which the hub expects the client to come back with `after` (docs/subscriptions.md). */
const RESUMABLE = new Set([1001, 1006, 1013, 4205, 4413, 4503]);

const sleep = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

async function main() {
  if (!apiKey) throw new Error('TALENTS_API_KEY est obligatoire (la clé donnée par « npm run api-client »).');
  let after = process.env.TALENTS_AFTER || null;
  let received = 0;
  // The client does not reconnect by itself (retryAttempts: 0): it would resend the first `after`
  // and receive again what it already has. This loop resubscribes from the last cursor instead.
  for (;;) {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${apiKey}` },
      retryAttempts: 0,
    });
    try {
      for await (const result of client.iterate({ query: PUBLISHED, variables: { after } })) {
        if (result.errors) throw new Error(result.errors.map((e) => e.message).join(' ; '));
        const { cursor, mission } = result.data.missionPublished;
        console.log([cursor, mission.id, mission.title, mission.hostAdministration?.name ?? '—'].join('\t'));
        after = cursor;
        received += 1;
        if (maxEvents > 0 && received >= maxEvents) return;
      }
      return; // the hub ended the subscription
    } catch (error) {
      // A refusal of the subscription arrives as its list of GraphQL errors.
      const refusal = Array.isArray(error) ? error[0] : null;
      if (refusal?.extensions?.code === 'RATE_LIMITED') {
        console.error(refusal.message);
        await sleep(refusal.extensions.retryAfterSeconds);
        continue;
      }
      if (refusal) throw Object.assign(new Error(refusal.message), { code: refusal.extensions?.code });
      // A socket that closed arrives as its close event (code, reason): some say « come back ».
      if (!RESUMABLE.has(error?.code)) throw error;
      console.error(`Connexion fermée (${error.code}) : reprise après le curseur ${after ?? 'initial'}.`);
      await sleep(1 + Math.random() * 2);
    } finally {
      await client.dispose();
    }
  }
}

main().catch((error) => {
  const detail = error?.code ? ` [${error.code}]` : '';
  console.error(`Échec${detail} : ${error?.message || error?.reason || 'connexion fermée'}`);
  process.exitCode = 1;
});
