import { ANONYMOUS, SYSTEM, type AgentPrincipal, type ClientPrincipal } from '../src/auth/principal';
import { rateLimitedError, rateLimitKey, rateLimitSettings } from '../src/rate-limit';

describe('rate limit settings', () => {
  it('are off outside production unless set, and on with sane defaults in production', () => {
    expect(rateLimitSettings({})).toEqual({ perMinute: { client: 0, agent: 0, anonymous: 0 } });
    expect(rateLimitSettings({ NODE_ENV: 'production' })).toEqual({
      perMinute: { client: 600, agent: 300, anonymous: 60 },
    });
  });

  it('read each kind of caller from its own variable; 0 turns it off, in production too', () => {
    expect(
      rateLimitSettings({
        NODE_ENV: 'production',
        RATE_LIMIT_PER_MINUTE_CLIENT: '1200',
        RATE_LIMIT_PER_MINUTE_AGENT: ' ',
        RATE_LIMIT_PER_MINUTE_ANONYMOUS: '0',
      }),
    ).toEqual({ perMinute: { client: 1200, agent: 300, anonymous: 0 } });
  });

  it.each(['-1', '1.5', 'beaucoup'])('refuse %s with a French sentence naming the variable', (raw) => {
    expect(() => rateLimitSettings({ RATE_LIMIT_PER_MINUTE_AGENT: raw })).toThrow(
      new RegExp(`RATE_LIMIT_PER_MINUTE_AGENT doit être un nombre entier.*« ${raw} »`),
    );
  });
});

describe('rate limit key', () => {
  it('counts an API client by its id and an agent by theirs, wherever they call from', () => {
    const client: ClientPrincipal = { kind: 'client', clientId: 'c-1', name: 'SI', scopes: [] };
    const agent: AgentPrincipal = {
      kind: 'agent',
      agentId: 'a-1',
      administrationId: null,
      roles: [],
      hostOf: [],
    };
    expect(rateLimitKey(client, '10.0.0.1')).toEqual({ kind: 'client', key: 'client:c-1' });
    expect(rateLimitKey(client, '10.0.0.2')).toEqual(rateLimitKey(client, '10.0.0.1'));
    expect(rateLimitKey(agent, '10.0.0.1')).toEqual({ kind: 'agent', key: 'agent:a-1' });
  });

  it('counts anonymous callers by address, and never the gateway itself', () => {
    expect(rateLimitKey(ANONYMOUS, '203.0.113.7')).toEqual({ kind: 'anonymous', key: 'ip:203.0.113.7' });
    expect(rateLimitKey(ANONYMOUS, undefined)?.kind).toBe('anonymous');
    expect(rateLimitKey(SYSTEM, '127.0.0.1')).toBeNull();
  });
});

describe('rate limited error', () => {
  it('says in French when to retry, with a stable code', () => {
    expect(rateLimitedError(42)).toEqual({
      message: 'Trop de demandes en une minute pour cet appelant. Réessayez dans 42 secondes.',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 },
    });
    expect(rateLimitedError(1).message).toMatch(/dans une seconde\.$/);
  });
});
