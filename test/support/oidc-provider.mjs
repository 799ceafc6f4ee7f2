// A real OpenID Connect provider (the `oidc-provider` package, ESM-only) run in a child process by
// the OIDC tests, configured like ProConnect for our purpose: authorization code + PKCE, a
// confidential client, the person's attributes at the userinfo endpoint. Settings come from the
// environment; it prints « ready <issuer> » once it listens.
import { generateKeyPairSync } from 'node:crypto';
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_TEST_PORT);
const issuer = `http://127.0.0.1:${port}`;
const accounts = JSON.parse(process.env.OIDC_TEST_ACCOUNTS);
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.OIDC_TEST_CLIENT_ID,
      client_secret: process.env.OIDC_TEST_CLIENT_SECRET,
      redirect_uris: [process.env.OIDC_TEST_REDIRECT_URI],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-rs256', alg: 'RS256', use: 'sig' }] },
  cookies: { keys: ['oidc-test-cookie-key-not-secret'] },
  pkce: { required: () => true },
  // ProConnect names its claims as scopes.
  claims: {
    openid: ['sub'],
    email: ['email'],
    given_name: ['given_name'],
    usual_name: ['usual_name'],
    organizational_unit: ['organizational_unit'],
    belonging_population: ['belonging_population'],
  },
  scopes: ['openid', 'email', 'given_name', 'usual_name', 'organizational_unit', 'belonging_population'],
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, id) {
    // The development login form accepts any login: only the configured ones are real people.
    const account = accounts.find((candidate) => candidate.login === id);
    if (!account) return undefined;
    return {
      accountId: id,
      async claims() {
        return { ...account.claims, sub: account.sub };
      },
    };
  },
});
provider.proxy = false;

const server = provider.listen(port, '127.0.0.1', () => {
  process.stdout.write(`ready ${issuer}\n`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
