import express, { type Request, type Response, type Router } from 'express';
import { jwtVerify, SignJWT } from 'jose';
import type { Logger } from '@talents/platform';
import { appendCookie, isHttps, readCookies, serializeCookie } from './cookies';
import { errorPage } from './html';
import { openIdClient, type OidcConfiguration } from './openid-client';
import { PrincipalLookupError, type PrincipalDirectory } from './principal-directory';
import { safeReturnPath } from './return-path';
import { sessionCookie, signSession } from './session';

/** ProConnect-compatible OpenID Connect settings (`OIDC_*`). */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Absent: `<origin of the request>/auth/callback`. */
  redirectUri?: string;
  /** ProConnect's claims are requested as scopes. */
  scope?: string;
}

export const DEFAULT_OIDC_SCOPE =
  'openid email given_name usual_name organizational_unit belonging_population';

/** What the gateway reads from ProConnect about the person signing in. */
export interface OidcIdentity {
  sub: string;
  email: string | null;
  givenName: string | null;
  usualName: string | null;
  organizationalUnit: string | null;
  belongingPopulation: string | null;
}

const TRANSACTION_COOKIE = 'talents_oidc';
const TRANSACTION_TTL_SECONDS = 10 * 60;
const TRANSACTION_AUDIENCE = 'talents-oidc-transaction';

interface Transaction {
  verifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}

function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Discovery happens on first use and is retried after a failure: the provider may start later. */
function lazyConfiguration(settings: OidcSettings): () => Promise<OidcConfiguration> {
  let pending: Promise<OidcConfiguration> | null = null;
  return () => {
    pending ??= (async () => {
      const issuer = new URL(settings.issuer);
      // Plain HTTP only towards a provider on this machine (tests, local mock); never elsewhere.
      const execute =
        issuer.protocol === 'http:' && isLoopback(issuer) ? [openIdClient.allowInsecureRequests] : [];
      return openIdClient.discovery(issuer, settings.clientId, settings.clientSecret, undefined, { execute });
    })();
    pending.catch(() => {
      pending = null;
    });
    return pending;
  };
}

/** `GET /auth/login` (redirect to the provider) and `GET /auth/callback` (code + PKCE). */
export function oidcRouter(deps: {
  settings: OidcSettings;
  directory: PrincipalDirectory;
  sessionSecret: Uint8Array;
  logger: Logger;
}): Router {
  const router = express.Router();
  const configuration = lazyConfiguration(deps.settings);
  const redirectUri = (req: Request) =>
    deps.settings.redirectUri ?? `${req.protocol}://${req.get('host') ?? ''}/auth/callback`;
  const fail = (res: Response, status: number, title: string, message: string) => {
    res.status(status).type('html').set('Cache-Control', 'no-store').send(errorPage(title, message));
  };

  router.get('/auth/login', async (req, res) => {
    let config: OidcConfiguration;
    try {
      config = await configuration();
    } catch (error) {
      deps.logger.error({ err: error }, 'OIDC discovery failed');
      fail(
        res,
        503,
        'Connexion indisponible',
        'Le service d’identification ne répond pas. Réessayez dans un instant.',
      );
      return;
    }
    const transaction: Transaction = {
      verifier: openIdClient.randomPKCECodeVerifier(),
      state: openIdClient.randomState(),
      nonce: openIdClient.randomNonce(),
      returnTo: safeReturnPath(req.query.returnTo),
    };
    const url = openIdClient.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri(req),
      scope: deps.settings.scope ?? DEFAULT_OIDC_SCOPE,
      code_challenge: await openIdClient.calculatePKCECodeChallenge(transaction.verifier),
      code_challenge_method: 'S256',
      state: transaction.state,
      nonce: transaction.nonce,
    });
    // The transaction travels in a signed, short-lived cookie rather than in server memory, so
    // that the callback may land on another replica.
    const signed = await new SignJWT({ ...transaction })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience(TRANSACTION_AUDIENCE)
      .setExpirationTime(`${TRANSACTION_TTL_SECONDS}s`)
      .sign(deps.sessionSecret);
    appendCookie(
      res,
      serializeCookie(TRANSACTION_COOKIE, signed, {
        maxAgeSeconds: TRANSACTION_TTL_SECONDS,
        path: '/auth',
        secure: isHttps(req),
      }),
    );
    res.set('Cache-Control', 'no-store').redirect(302, url.href);
  });

  router.get('/auth/callback', async (req, res) => {
    const secure = isHttps(req);
    appendCookie(res, serializeCookie(TRANSACTION_COOKIE, '', { maxAgeSeconds: 0, path: '/auth', secure }));
    const raw = readCookies(req.get('cookie')).get(TRANSACTION_COOKIE);
    let transaction: Transaction;
    try {
      if (!raw) throw new Error('no transaction cookie');
      const { payload } = await jwtVerify(raw, deps.sessionSecret, {
        algorithms: ['HS256'],
        audience: TRANSACTION_AUDIENCE,
      });
      transaction = payload as unknown as Transaction;
    } catch {
      fail(
        res,
        400,
        'Connexion expirée',
        'La demande de connexion a expiré ou n’a pas été faite depuis ce navigateur. Recommencez.',
      );
      return;
    }

    let identity: OidcIdentity;
    try {
      const config = await configuration();
      const query = new URL(req.originalUrl, 'http://callback.invalid').search;
      const tokens = await openIdClient.authorizationCodeGrant(
        config,
        new URL(`${redirectUri(req)}${query}`),
        {
          pkceCodeVerifier: transaction.verifier,
          expectedState: transaction.state,
          expectedNonce: transaction.nonce,
          idTokenExpected: true,
        },
      );
      const claims = tokens.claims();
      if (!claims) throw new Error('no ID token');
      // ProConnect returns the person's attributes at the userinfo endpoint, not in the ID token.
      const info = await openIdClient.fetchUserInfo(config, tokens.access_token, claims.sub);
      identity = {
        sub: claims.sub,
        email: text(info.email) ?? text(claims.email),
        givenName: text(info.given_name),
        usualName: text(info.usual_name),
        organizationalUnit: text(info.organizational_unit),
        belongingPopulation: text(info.belonging_population),
      };
    } catch (error) {
      deps.logger.warn({ err: error }, 'OIDC callback failed');
      fail(
        res,
        400,
        'Connexion impossible',
        'Le service d’identification n’a pas confirmé votre connexion. Recommencez.',
      );
      return;
    }

    if (!identity.email) {
      fail(
        res,
        403,
        'Adresse électronique manquante',
        'Le service d’identification n’a pas transmis votre adresse électronique professionnelle.',
      );
      return;
    }
    try {
      // ProConnect's `sub` differs for every service: the professional e-mail is the stable link.
      const agent = await deps.directory.byEmail(identity.email);
      if (!agent) {
        fail(
          res,
          403,
          'Aucun profil d’agent',
          `Aucun profil d’agent ne correspond à l’adresse électronique professionnelle ${identity.email}. ` +
            'Demandez à votre référent Talents numériques de créer votre profil.',
        );
        return;
      }
      appendCookie(res, sessionCookie(await signSession(deps.sessionSecret, agent.agentId), secure));
      deps.logger.info({ agentId: agent.agentId }, 'OIDC sign-in');
      res.set('Cache-Control', 'no-store').redirect(303, safeReturnPath(transaction.returnTo));
    } catch (error) {
      if (!(error instanceof PrincipalLookupError)) throw error;
      deps.logger.error({ err: error }, 'principal lookup failed at the OIDC callback');
      fail(
        res,
        503,
        'Connexion indisponible',
        'Le service des profils ne répond pas. Réessayez dans un instant.',
      );
    }
  });

  return router;
}
