import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWK,
  type KeyLike,
} from 'jose';

/** The algorithm of every token the gateway hands to subgraphs (docs/identity.md). */
export const SIGNING_ALGORITHM = 'ES256';

export interface SigningKeys {
  /** Signs every new token: the first key of the set. */
  current: { kid: string; key: KeyLike | Uint8Array };
  /** Public halves of every key, the current one first: what `/.well-known/jwks.json` serves. */
  publicJwks: JSONWebKeySet;
}

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'] as const;

function publicPart(jwk: JWK): JWK {
  const copy: JWK = { ...jwk };
  for (const member of PRIVATE_MEMBERS) delete copy[member];
  return { ...copy, alg: copy.alg ?? SIGNING_ALGORITHM, use: 'sig' };
}

/** Builds the key set from private JWKs; kids default to the RFC 7638 thumbprint. */
export async function signingKeysFromJwks(keys: JWK[]): Promise<SigningKeys> {
  const first = keys[0];
  if (!first) throw new Error('GATEWAY_SIGNING_KEYS ne contient aucune clé.');
  const withKids = await Promise.all(
    keys.map(async (jwk) => ({ ...jwk, kid: jwk.kid ?? (await calculateJwkThumbprint(jwk)) })),
  );
  for (const jwk of withKids) {
    if (jwk.kty !== 'EC' || jwk.crv !== 'P-256') {
      throw new Error(`La clé « ${jwk.kid} » de GATEWAY_SIGNING_KEYS doit être une clé EC P-256 (ES256).`);
    }
  }
  const signer = withKids[0] as JWK & { kid: string };
  if (!signer.d)
    throw new Error('La première clé de GATEWAY_SIGNING_KEYS doit contenir sa partie privée (« d »).');
  return {
    current: { kid: signer.kid, key: await importJWK(signer, SIGNING_ALGORITHM) },
    publicJwks: { keys: withKids.map(publicPart) },
  };
}

/** A fresh ES256 pair, for development and tests: tokens signed with it die with the process. */
export async function generateSigningKeys(): Promise<SigningKeys> {
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  return signingKeysFromJwks([await exportJWK(privateKey)]);
}

/**
 * `GATEWAY_SIGNING_KEYS` (a JSON JWK set with private keys; the first signs, all are published),
 * or a generated pair outside production. Production refuses to start without keys, since
 * replicas would each sign with a key the others — and the subgraphs — do not know.
 */
export async function loadSigningKeys(env: NodeJS.ProcessEnv = process.env): Promise<SigningKeys> {
  const raw = env.GATEWAY_SIGNING_KEYS;
  if (raw) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new Error(
        'GATEWAY_SIGNING_KEYS doit être un jeu de clés JWK au format JSON ({ "keys": [...] }).',
      );
    }
    const keys = (parsed as { keys?: unknown }).keys;
    if (!Array.isArray(keys)) {
      throw new Error(
        'GATEWAY_SIGNING_KEYS doit être un jeu de clés JWK au format JSON ({ "keys": [...] }).',
      );
    }
    return signingKeysFromJwks(keys as JWK[]);
  }
  if (env.NODE_ENV === 'production') {
    throw new Error('GATEWAY_SIGNING_KEYS est obligatoire en production (jeu de clés JWK ES256 privées).');
  }
  return generateSigningKeys();
}
