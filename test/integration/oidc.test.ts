import { freePort } from '../../hub/src/embedded-postgres';
import { readSupergraph, startGateway, type RunningGateway } from '@talents/gateway';
import { startTestHub, type TestHub } from '../support/hub';
import { CookieJar, setCookieLine, startTestOidcProvider, type TestOidcProvider } from '../support/oidc';

const CLIENT_ID = 'talents-numeriques';
const CLIENT_SECRET = 'un-secret-de-test-pour-le-client-oidc';

function formAction(html: string): string {
  const match = /<form[^>]*action="([^"]+)"[^>]*method="post"/.exec(html);
  if (!match?.[1]) throw new Error(`pas de formulaire dans :\n${html.slice(0, 500)}`);
  return match[1];
}

describe('ProConnect-compatible sign-in against a real OpenID Connect provider', () => {
  let hub: TestHub;
  let provider: TestOidcProvider;
  let gateway: RunningGateway;

  beforeAll(async () => {
    // No demo data: the agent who signs in comes from the provider's side only.
    hub = await startTestHub();
    const gatewayPort = await freePort();
    const redirectUri = `http://127.0.0.1:${gatewayPort}/auth/callback`;
    provider = await startTestOidcProvider({
      port: await freePort(),
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUri,
      account: {
        login: 'camille.martin',
        sub: 'proconnect-sub-differs-per-service',
        claims: {
          email: 'camille.martin@finances.gouv.fr',
          given_name: 'Camille',
          usual_name: 'Martin',
          organizational_unit: 'DGFiP',
          belonging_population: 'agent-public',
        },
      },
    });
    gateway = await startGateway({
      supergraphSdl: readSupergraph(),
      subgraphUrls: Object.fromEntries(Object.entries(hub.subgraphs).map(([name, { url }]) => [name, url])),
      port: gatewayPort,
      auth: {
        keys: hub.keys,
        databaseUrl: hub.databaseUrl,
        personaLogin: false,
        oidc: { issuer: provider.issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri },
      },
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    await provider?.stop();
    await hub?.stop();
  });

  /** Redirect, login and consent at the provider; returns the callback URL the browser lands on. */
  async function signInAtProvider(jar: CookieJar): Promise<string> {
    const login = await jar.fetch(`${gateway.url}/auth/login?returnTo=/graphiql`);
    expect(login.status).toBe(302);
    const authorize = new URL(login.headers.get('location') ?? '');
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('scope')?.split(' ')).toEqual(
      expect.arrayContaining([
        'openid',
        'email',
        'given_name',
        'usual_name',
        'organizational_unit',
        'belonging_population',
      ]),
    );
    expect(setCookieLine(login, 'talents_oidc')).toMatch(/HttpOnly; SameSite=Lax/);

    // Follow the provider's redirects, answering its login form then its consent form.
    let url = authorize.href;
    for (let step = 0; step < 12; step += 1) {
      const response = await jar.fetch(url);
      const location = response.headers.get('location');
      if (location) {
        const next = new URL(location, url).href;
        if (next.startsWith(`${gateway.url}/auth/callback`)) return next;
        url = next;
        continue;
      }
      const html = await response.text();
      const action = new URL(formAction(html), url).href;
      const fields: Record<string, string> = html.includes('name="login"')
        ? { prompt: 'login', login: 'camille.martin', password: 'peu importe' }
        : { prompt: 'consent' };
      const submitted = await jar.fetch(action, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields),
      });
      url = new URL(submitted.headers.get('location') ?? '', action).href;
    }
    throw new Error('le fournisseur n’a jamais renvoyé vers la passerelle');
  }

  it('redirects with PKCE, logs in and consents at the provider, and exchanges the code at the callback', async () => {
    const jar = new CookieJar();
    const callback = await signInAtProvider(jar);
    expect(new URL(callback).searchParams.get('code')).toBeTruthy();
    const response = await jar.fetch(callback);
    const body = await response.text();
    // 400 means the exchange failed (state, PKCE, client authentication, ID token or userinfo).
    // Past it comes the e-mail look-up in profiles: 303 with a session once profiles serves
    // `principal`, 503 until then. The full sign-in is the `it.todo` below.
    expect(body).not.toContain('Connexion impossible');
    expect([303, 503]).toContain(response.status);
    expect(setCookieLine(response, 'talents_oidc')).toMatch(/Max-Age=0/);

    // The same callback again: the one-time transaction is gone.
    const replay = await jar.fetch(callback);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain('La demande de connexion a expiré');
  });

  it('refuses a callback whose state does not match the transaction', async () => {
    const jar = new CookieJar();
    const callback = new URL(await signInAtProvider(jar));
    callback.searchParams.set('state', 'forged-state');
    const response = await jar.fetch(callback.href);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Connexion impossible');
    expect(setCookieLine(response, 'talents_session')).toBeUndefined();
  });

  it.todo(
    'signs in the agent whose professional e-mail matches: httpOnly SameSite=Lax session cookie, GET /auth/session gives { agentId, roles }, a GraphQL query as that agent succeeds, POST /auth/logout clears the cookie (needs profiles’ `principal`)',
  );
  it.todo(
    'answers 403 with a French page when no agent profile matches the e-mail (needs profiles’ `principal`)',
  );
});
