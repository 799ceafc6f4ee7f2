import {
  hostsAdministration,
  isAdmin,
  normaliseUuid,
  type RequestContext,
  type Viewer,
} from '@talents/common';
import { agentProjectionById, missionProjectionById } from '../projection/projection.loader';
import type { ApplicationEntity } from './application.entity';

/** The viewer's agent id as stored (lower case), or null for anyone who is not an agent. */
export function viewerAgentId(viewer: Viewer): string | null {
  return viewer.kind === 'agent' && viewer.agentId ? normaliseUuid(viewer.agentId) : null;
}

/**
 * docs/identity.md: an application is seen by its applicant, the applicant's manager, the hosts
 * of the mission's administration, the mission's contact agent and admins. Projections are loaded through the request's
 * loaders, so checking N applications costs one statement per projection, not N.
 */
export async function canReadApplication(
  ctx: RequestContext,
  application: ApplicationEntity,
): Promise<boolean> {
  const viewer = ctx.viewer;
  const me = viewerAgentId(viewer);
  if (!me) return false;
  if (isAdmin(viewer) || application.agentId === me) return true;
  const [agent, mission] = await Promise.all([
    agentProjectionById(ctx).load(application.agentId),
    missionProjectionById(ctx).load(application.missionId),
  ]);
  if (agent?.managerId === me || (mission?.contactAgentId ?? null) === me) return true;
  return hostsAdministration(viewer, mission?.hostAdministrationId ?? application.hostAdministrationId);
}

/** Someone else's applications are personal data: the read is audited (reading oneself is not). */
export function auditApplicationsRead(ctx: RequestContext, agentId: string, field = 'applications'): void {
  ctx.audit.read({ entityType: 'Agent', entityId: agentId, subjectAgentId: agentId, field });
}
