import type { OidcSettings } from './oidc';

/** `PERSONA_LOGIN`: on unless set to false — and always off in production, whatever it says. */
export function personaLoginEnabled(env: NodeJS.ProcessEnv = process.env, fallback = false): boolean {
  if (env.NODE_ENV === 'production') return false;
  const raw = env.PERSONA_LOGIN;
  if (raw === undefined || raw === '') return fallback;
  return raw === 'true' || raw === '1';
}

/** `OIDC_ISSUER`, `OIDC_CLIENT_ID`, `OIDC_CLIENT_SECRET`, `OIDC_REDIRECT_URI`; null when not configured. */
export function readOidcSettings(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
  const issuer = env.OIDC_ISSUER;
  if (!issuer) return null;
  const clientId = env.OIDC_CLIENT_ID;
  const clientSecret = env.OIDC_CLIENT_SECRET;
  if (!clientId || !clientSecret) {
    throw new Error('OIDC_ISSUER est défini : OIDC_CLIENT_ID et OIDC_CLIENT_SECRET sont alors obligatoires.');
  }
  return {
    issuer,
    clientId,
    clientSecret,
    redirectUri: env.OIDC_REDIRECT_URI || undefined,
    scope: env.OIDC_SCOPES || undefined,
  };
}
