import {
  ApplicationStatus,
  auditedWrite,
  badUserInput,
  conflict,
  forbidden,
  isAdmin,
  isUuid,
  normaliseUuid,
  notFound,
  type RequestContext,
} from '@talents/common';
import { toApplication } from '../application/application.mapper';
import { fromRow, recordWrite, type ApplicationRow } from '../application/application.service';
import type { Application } from '../application/application.types';
import { STATUS_LABELS } from '../application/application.workflow';

const APPLICATION_LABEL = 'Candidature';

/** Is this agent someone who can still decide: known to approvals and not erased? */
async function present(query: (sql: string, values: unknown[]) => Promise<unknown>, agentId: string | null) {
  if (!agentId) return false;
  const [row] = (await query('SELECT "erased" FROM "approvals"."agent_projection" WHERE "agent_id" = $1', [
    agentId,
  ])) as Array<{ erased: boolean }>;
  return row !== undefined && !row.erased;
}

/**
 * `reassignApprovalRequest`: the programme team names another approver for a pending request whose
 * approver (the manager of record, or one named before) is missing or gone — none of record, unknown
 * or erased. A present manager keeps the decision (CONFLICT). Audited, announced like a transition.
 */
export async function reassignApprovalRequest(
  ctx: RequestContext,
  applicationId: string,
  approverAgentId: string,
): Promise<Application> {
  if (!isAdmin(ctx.viewer)) {
    throw forbidden(
      'Seule l’équipe du programme peut confier une demande à un autre valideur.',
      'applicationId',
    );
  }
  if (!isUuid(applicationId)) throw notFound(APPLICATION_LABEL, applicationId);
  if (!isUuid(approverAgentId)) throw badUserInput('approverAgentId', 'Ce valideur est inconnu.');
  const approver = normaliseUuid(approverAgentId);
  return auditedWrite(ctx, async (manager, record) => {
    const query = (sql: string, values: unknown[]) => manager.query(sql, values) as Promise<unknown>;
    const [row] = (await manager.query(
      `SELECT a.*, p."manager_id" AS "applicant_manager_id"
         FROM "approvals"."applications" a
         LEFT JOIN "approvals"."agent_projection" p ON p."agent_id" = a."agent_id"
        WHERE a."id" = $1 FOR UPDATE OF a`,
      [normaliseUuid(applicationId)],
    )) as Array<ApplicationRow & { applicant_manager_id: string | null }>;
    if (!row) throw notFound(APPLICATION_LABEL, applicationId);
    const before = fromRow(row);
    if (before.status !== ApplicationStatus.SUBMITTED) {
      throw conflict(
        `Cette candidature est ${STATUS_LABELS[before.status]} : seule une demande en attente du supérieur ` +
          'hiérarchique peut être confiée à un autre valideur.',
        { field: 'applicationId', status: before.status },
      );
    }
    const current = before.approverAgentId ?? row.applicant_manager_id;
    if (await present(query, current)) {
      throw conflict(
        before.approverAgentId
          ? 'Le valideur désigné pour cette demande est toujours là : c’est à lui de décider.'
          : 'Le supérieur hiérarchique de l’agent est toujours là : c’est à lui (ou à son suppléant) de décider.',
        { field: 'applicationId' },
      );
    }
    if (approver === before.agentId) {
      throw badUserInput('approverAgentId', 'L’agent ne peut pas valider sa propre demande.');
    }
    if (!(await present(query, approver))) throw badUserInput('approverAgentId', 'Ce valideur est inconnu.');
    const [updated] = (await manager.query(
      `WITH updated AS (
         UPDATE "approvals"."applications"
            SET "approver_agent_id" = $2, "version" = "version" + 1, "updated_at" = clock_timestamp()
          WHERE "id" = $1 RETURNING *
       ) SELECT * FROM updated`,
      [before.id, approver],
    )) as ApplicationRow[];
    const after = fromRow(updated!);
    await recordWrite(record, manager, 'application.reassign', before, after, {
      previousApproverAgentId: current,
    });
    return toApplication(after);
  });
}
