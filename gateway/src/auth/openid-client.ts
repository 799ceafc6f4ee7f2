import type * as OpenIdClient from 'openid-client' with { 'resolution-mode': 'import' };

/**
 * openid-client 6 ships ES modules only. Node ≥ 20.19 loads them through require(esm), but
 * TypeScript's `module: Node16` refuses a static import of ESM from a CommonJS file, and a dynamic
 * import() would bypass Jest's module registry (which turns the package into CommonJS, see
 * jest.config.ts). Hence the typed require; `module: Node20` would make it a plain import.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const openIdClient = require('openid-client') as typeof OpenIdClient;
export type OidcConfiguration = OpenIdClient.Configuration;
