import { parseArgs } from 'node:util';
import { ApiClientStore } from './auth/api-clients';
import { API_SCOPES } from './auth/principal';

const USAGE = `Usage :
  npm run api-client -- create --name "Nom du système" --scopes missions:read,stats:read
  npm run api-client -- list
  npm run api-client -- revoke <identifiant>
Portées possibles : ${API_SCOPES.join(', ')}. DATABASE_URL désigne la base de la passerelle.`;

/** Runs one command of `npm run api-client`; returns the lines to print (the key only once, at creation). */
export async function runApiClientCommand(argv: string[], databaseUrl: string): Promise<string[]> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, scopes: { type: 'string', multiple: true } },
  });
  const [command, ...rest] = positionals;
  const store = await ApiClientStore.open(databaseUrl);
  try {
    switch (command) {
      case 'create': {
        const scopes = (values.scopes ?? [])
          .flatMap((value) => value.split(','))
          .map((s) => s.trim())
          .filter(Boolean);
        if (!values.name || scopes.length === 0)
          throw new Error(`--name et --scopes sont obligatoires.\n${USAGE}`);
        const { client, key } = await store.create(values.name, scopes);
        return [
          `Client « ${client.name} » créé (${client.id}), portées : ${client.scopes.join(', ')}.`,
          'Clé d’API — notez-la maintenant, elle ne sera plus jamais affichée :',
          key,
        ];
      }
      case 'list': {
        const clients = await store.list();
        if (clients.length === 0) return ['Aucun client d’API.'];
        return clients.map(
          (c) =>
            `${c.id}  ${c.name}  [${c.scopes.join(', ')}]  créé le ${c.createdAt.toISOString()}` +
            (c.revokedAt ? `  RÉVOQUÉ le ${c.revokedAt.toISOString()}` : ''),
        );
      }
      case 'revoke': {
        const id = rest[0];
        if (!id) throw new Error(`Identifiant du client manquant.\n${USAGE}`);
        if (!(await store.revoke(id))) throw new Error(`Aucun client actif ne porte l’identifiant ${id}.`);
        return [`Client ${id} révoqué : sa clé est refusée dès maintenant.`];
      }
      default:
        throw new Error(USAGE);
    }
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('DATABASE_URL est obligatoire.');
    process.exit(2);
  }
  runApiClientCommand(process.argv.slice(2), databaseUrl).then(
    (lines) => console.log(lines.join('\n')),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
