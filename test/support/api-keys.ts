import { runApiClientCommand } from '../../gateway/src/api-client-cli';

/** Creates an API client through the CLI, as an operator would, and returns its key (the last line printed). */
export async function createApiKey(databaseUrl: string, name: string, scopes: string): Promise<string> {
  const lines = await runApiClientCommand(['create', '--name', name, '--scopes', scopes], databaseUrl);
  return lines.at(-1) ?? '';
}
