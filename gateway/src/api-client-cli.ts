import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Kind, parse } from 'graphql';
import { ApiClientStore } from './auth/api-clients';
import { API_SCOPES } from './auth/principal';
import { operationsOfFile } from './persisted/operation-text';

const USAGE = `Usage :
  npm run api-client -- create --name "Nom du système" --scopes missions:read,stats:read
  npm run api-client -- list
  npm run api-client -- revoke <identifiant>
  npm run api-client -- operations register <identifiant> <fichier.graphql | manifeste.json>
  npm run api-client -- operations list <identifiant>
  npm run api-client -- operations revoke <identifiant> <empreinte>
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
      case 'operations':
        return await runOperationsCommand(store, rest);
      default:
        throw new Error(USAGE);
    }
  } finally {
    await store.close();
  }
}

/**
 * `operations register|list|revoke`: the operations an API client may send in production
 * (persisted operations, safelisted by hash).
 */
async function runOperationsCommand(store: ApiClientStore, args: string[]): Promise<string[]> {
  const [action, clientId, argument] = args;
  if (!clientId) throw new Error(`Identifiant du client manquant.\n${USAGE}`);
  switch (action) {
    case 'register': {
      if (!argument) throw new Error(`Fichier d’opérations manquant.\n${USAGE}`);
      const operations = operationsOfFile(argument, await readFile(argument, 'utf8'));
      for (const operation of operations) {
        const writes = parse(operation.body).definitions.some(
          (definition) =>
            definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation',
        );
        if (writes) {
          throw new Error(
            `« ${operation.name} » est une mutation : un client d’API n’écrit rien, rien n’est enregistré.`,
          );
        }
      }
      const added = await store.operations.register(clientId, operations);
      return [
        ...operations.map((operation) => `${operation.hash}  ${operation.name}`),
        `${operations.length} opération(s) enregistrée(s) pour le client ${clientId}, dont ${added} nouvelle(s).`,
      ];
    }
    case 'list': {
      const operations = await store.operations.list(clientId);
      if (operations.length === 0) return [`Aucune opération enregistrée pour le client ${clientId}.`];
      return operations.map(
        (operation) =>
          `${operation.hash}  ${operation.name}  enregistrée le ${operation.registeredAt.toISOString()}` +
          (operation.revokedAt ? `  RÉVOQUÉE le ${operation.revokedAt.toISOString()}` : ''),
      );
    }
    case 'revoke': {
      if (!argument) throw new Error(`Empreinte manquante.\n${USAGE}`);
      if (!(await store.operations.revoke(clientId, argument))) {
        throw new Error(`Aucune opération active d’empreinte ${argument} pour le client ${clientId}.`);
      }
      return [`Opération ${argument} révoquée : elle est refusée dès maintenant.`];
    }
    default:
      throw new Error(USAGE);
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
