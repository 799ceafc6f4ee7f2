// Reads the whole public catalogue of missions with an API key, page by page: Node 20 or later, no
// dependency. Run from anywhere:
//   TALENTS_URL=https://talents.example.gouv.fr/graphql TALENTS_API_KEY=tn_… node catalogue.mjs
// Prints one mission a line (id, title, host administration); the count goes to standard error.
// test/contract/integrators-guide.test.ts runs this very file against a started hub.

const url = process.env.TALENTS_URL ?? 'http://localhost:4000/graphql';
const apiKey = process.env.TALENTS_API_KEY;
const pageSize = Number(process.env.TALENTS_PAGE_SIZE ?? 100); // 1 to 100
const maxAttempts = 3;

const CATALOGUE = /* GraphQL */ `
  query Catalogue($first: Int!, $after: String) {
    missions(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        effortHours
        startDate
        hostAdministration {
          name
        }
      }
    }
  }
`;

/** A refusal from the hub: `code` is `extensions.code`, the message is French and meant for people. */
class HubError extends Error {
  constructor(status, error) {
    super(error.message);
    this.status = status;
    this.code = error.extensions?.code;
    this.extensions = error.extensions ?? {};
  }
}

const sleep = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/**
 * Sends one operation. When the hub says to come back later (429 RATE_LIMITED, 503 with
 * Retry-After), waits as long as it says and tries again, a few times at most. A field refused
 * inside an answer comes back null with its own error: the rest of `data` is still good.
 */
async function graphql(query, variables) {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ query, variables }),
    });
    const retryAfter = Number(response.headers.get('retry-after'));
    if ([429, 503].includes(response.status) && retryAfter > 0 && attempt < maxAttempts) {
      console.error(`Hub occupé (HTTP ${response.status}) : nouvel essai dans ${retryAfter} s.`);
      await sleep(retryAfter);
      continue;
    }
    const body = await response.json();
    const [first] = body.errors ?? [];
    if (!body.data) throw new HubError(response.status, first ?? { message: `HTTP ${response.status}` });
    for (const error of body.errors ?? []) {
      console.error(`Champ ${(error.path ?? []).join('.')} absent : ${error.message}`);
    }
    return body.data;
  }
}

async function main() {
  if (!apiKey) throw new Error('TALENTS_API_KEY est obligatoire (la clé donnée par « npm run api-client »).');
  let after = null;
  let count = 0;
  let total = 0;
  do {
    const { missions } = await graphql(CATALOGUE, { first: pageSize, after });
    total = missions.totalCount;
    for (const mission of missions.nodes) {
      console.log([mission.id, mission.title, mission.hostAdministration?.name ?? '—'].join('\t'));
      count += 1;
    }
    after = missions.pageInfo.hasNextPage ? missions.pageInfo.endCursor : null;
  } while (after);
  console.error(`${count} missions lues sur ${total}.`);
}

main().catch((error) => {
  const code = error instanceof HubError ? ` [${error.code ?? `HTTP ${error.status}`}]` : '';
  console.error(`Échec${code} : ${error.message}`);
  process.exitCode = 1;
});
