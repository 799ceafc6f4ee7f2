import { agentViewer, claimsOfViewer, Role, signInternalClaims, type Viewer } from '@talents/common';
import { generateSigningKeys, type SigningKeys } from '@talents/gateway';

let keys: Promise<SigningKeys> | undefined;

/** One key pair per test process stands in for the gateway's when a suite talks to a subgraph alone. */
export function testGatewayKeys(): Promise<SigningKeys> {
  keys ??= generateSigningKeys();
  return keys;
}

/** A programme admin who belongs to no seeded data: sees everything, owns nothing. */
export const TEST_ADMIN: Viewer = agentViewer('00000000-0000-4000-8000-00000000ad01', {
  roles: [Role.AGENT, Role.ADMIN],
});

/** The `authorization` header the gateway would send for `viewer`. */
export async function gatewayAuthorization(viewer: Viewer, signingKeys?: SigningKeys): Promise<string> {
  const signer = signingKeys ?? (await testGatewayKeys());
  return `Bearer ${await signInternalClaims(signer.current, claimsOfViewer(viewer))}`;
}
