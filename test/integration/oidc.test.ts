import { generateDemoData, type DemoData } from '@talents/demo';
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
  let demo: DemoData;
  /** The seeded agent whose professional e-mail the provider vouches for (in other capitals). */
  let camille: DemoData['agents'][number];

  beforeAll(async () => {
    const generated = generateDemoData({ size: { agents: 40, missions: 10, applications: 10 } });
    camille = { ...generated.agents[0]!, email: 'Camille.Martin@Finances.gouv.fr' };
    demo = { ...generated, agents: [camille, ...generated.agents.slice(1)] };
    hub = await startTestHub(demo);
    const gatewayPort = await freePort();
    const redirectUri = `http://127.0.0.1:${gatewayPort}/auth/callback`;
    provider = await startTestOidcProvider({
      port: await freePort(),
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUri,
      accounts: [
        {
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
        {
          login: 'sans.profil',
          sub: 'someone-without-a-profile',
          claims: {
            email: 'sans.profil@interieur.gouv.fr',
            given_name: 'Dominique',
            usual_name: 'Sansprofil',
            organizational_unit: 'DGPN',
            belonging_population: 'agent-public',
          },
        },
      ],
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
  async function signInAtProvider(jar: CookieJar, account = 'camille.martin'): Promise<string> {
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
        ? { prompt: 'login', login: account, password: 'peu importe' }
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
    // 400 would mean the exchange failed (state, PKCE, client authentication, ID token or userinfo).
    expect(body).not.toContain('Connexion impossible');
    expect(response.status).toBe(303);
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

  it('signs in the agent whose professional e-mail matches, runs a query as them, and signs out', async () => {
    const jar = new CookieJar();
    const callback = await signInAtProvider(jar);
    const response = await jar.fetch(callback);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/graphiql');
    const cookie = setCookieLine(response, 'talents_session') ?? '';
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);

    const session = await jar.fetch(`${gateway.url}/auth/session`);
    expect(session.status).toBe(200);
    const who = (await session.json()) as { agentId: string; roles: string[]; administrationId: string };
    expect(who).toMatchObject({ agentId: camille.id, administrationId: camille.administrationId });
    expect(who.roles).toContain('AGENT');

    const me = await jar.fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id email displayName applications { id } } }' }),
    });
    const body = (await me.json()) as { data?: { me: { id: string; email: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.me).toMatchObject({ id: camille.id, email: camille.email });

    const logout = await jar.fetch(`${gateway.url}/auth/logout`, {
      method: 'POST',
      headers: { origin: gateway.url },
    });
    expect(logout.status).toBe(303);
    expect(setCookieLine(logout, 'talents_session')).toMatch(/Max-Age=0/);
    expect((await jar.fetch(`${gateway.url}/auth/session`)).status).toBe(401);
  });

  it('answers 403 with a French page when no agent profile matches the e-mail', async () => {
    const jar = new CookieJar();
    const response = await jar.fetch(await signInAtProvider(jar, 'sans.profil'));
    expect(response.status).toBe(403);
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Aucun profil d’agent');
    expect(html).toContain('sans.profil@interieur.gouv.fr');
    expect(setCookieLine(response, 'talents_session')).toBeUndefined();
  });
});
