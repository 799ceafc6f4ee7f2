import { randomUUID } from 'node:crypto';
import {
  agentViewer,
  ANONYMOUS_VIEWER,
  clientViewer,
  Role,
  SYSTEM_VIEWER,
  type Viewer,
} from '@talents/common';
import { TEST_ADMIN } from '../../../../test/support/tokens';

/**
 * The people of the access suites (services/missions/test/access-*.test.ts): hosts of two
 * administrations, plain agents, API clients with and without the scope, and who they are to missions.
 */

export type GqlError = {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
};

export const HOST_DINUM_ID = randomUUID();
export const HOST_DGFIP_ID = randomUUID();
/** An agent of minint, known to missions as a contact only. */
export const MININT_CONTACT_ID = randomUUID();

export const ADMIN = TEST_ADMIN;
export const HOST_DINUM = agentViewer(HOST_DINUM_ID, {
  roles: [Role.AGENT, Role.HOST],
  administrationId: 'dinum',
  hostOf: ['dinum'],
});
export const HOST_DGFIP = agentViewer(HOST_DGFIP_ID, {
  roles: [Role.AGENT, Role.HOST],
  administrationId: 'dgfip',
  hostOf: ['dgfip'],
});
/** A plain agent of the administration some missions are restricted to. */
export const AGENT_MININT = agentViewer(randomUUID(), { administrationId: 'minint' });
/** A plain agent of an administration no mission is restricted to. */
export const AGENT_OUTSIDE = agentViewer(randomUUID(), { administrationId: 'culture' });
export const CLIENT_WITH_SCOPE = clientViewer('sirh-interieur', ['missions:read']);
export const CLIENT_WITHOUT_SCOPE = clientViewer('tableau-de-bord', ['stats:read']);

export const VIEWERS: Record<string, Viewer> = {
  admin: ADMIN,
  system: SYSTEM_VIEWER,
  hostDinum: HOST_DINUM,
  hostDgfip: HOST_DGFIP,
  agentMinint: AGENT_MININT,
  agentOutside: AGENT_OUTSIDE,
  clientWithScope: CLIENT_WITH_SCOPE,
  clientWithoutScope: CLIENT_WITHOUT_SCOPE,
  anonymous: ANONYMOUS_VIEWER,
};

export function errorsOf(response: { errors?: GqlError[] }): GqlError[] {
  expect(response.errors).toBeDefined();
  return response.errors as GqlError[];
}
