import { randomUUID } from 'node:crypto';
import {
  auditedWrite,
  badUserInput,
  conflict,
  ENTITY_LOCK_SQL,
  forbidden,
  frenchDate,
  isAdmin,
  isUuid,
  normaliseUuid,
  notFound,
  type RequestContext,
} from '@talents/common';
import type { EntityManager } from 'typeorm';
import { agentReference } from '../agent/agent.types';
import { viewerAgentId } from '../application/application.access';
import { dateText } from '../application/application.service';
import { approvalsToday } from '../deadline/clock';
import { ApprovalDelegation } from './delegation.types';

const DELEGATION_LABEL = 'Délégation';
/** A delegation covers an absence, not a change of manager: a year at most. */
const MAX_DELEGATION_DAYS = 366;

interface DelegationRow {
  id: string;
  manager_agent_id: string;
  deputy_agent_id: string;
  starts_on: Date | string;
  ends_on: Date | string;
  revoked_at: Date | null;
}

function toDelegation(row: DelegationRow): ApprovalDelegation {
  return Object.assign(new ApprovalDelegation(), {
    id: row.id,
    manager: agentReference(row.manager_agent_id),
    deputy: agentReference(row.deputy_agent_id),
    from: dateText(row.starts_on)!,
    until: dateText(row.ends_on)!,
    revokedAt: row.revoked_at,
  });
}

function auditDelegation(row: DelegationRow): Record<string, unknown> {
  return {
    managerAgentId: row.manager_agent_id,
    deputyAgentId: row.deputy_agent_id,
    from: dateText(row.starts_on),
    until: dateText(row.ends_on),
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

/** The deputy `managerAgentId` named for `day` (not revoked, `day` within the period), if any. */
export async function deputyOf(
  manager: Pick<EntityManager, 'query'>,
  managerAgentId: string | null,
  day: string,
): Promise<string | null> {
  if (!managerAgentId) return null;
  const [row] = (await manager.query(
    `SELECT "deputy_agent_id" FROM "approvals"."approval_delegations"
      WHERE "manager_agent_id" = $1 AND "revoked_at" IS NULL AND $2::date BETWEEN "starts_on" AND "ends_on"
      ORDER BY "created_at" DESC LIMIT 1`,
    [managerAgentId, day],
  )) as Array<{ deputy_agent_id: string }>;
  return row?.deputy_agent_id ?? null;
}

function daysBetween(from: string, until: string): number {
  return Math.round((Date.parse(`${until}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/**
 * `delegateApprovals`: a manager (someone with reports of record) names another known agent as
 * deputy from `from` to `until` (today or later, a year at most). One delegation not ended and not
 * revoked per manager: under the manager's advisory lock, a second one is CONFLICT.
 */
export async function delegateApprovals(
  ctx: RequestContext,
  deputyAgentId: string,
  from: string,
  until: string,
): Promise<ApprovalDelegation> {
  const me = viewerAgentId(ctx.viewer);
  if (!me) throw forbidden('Seul un supérieur hiérarchique connecté peut déléguer ses validations.');
  if (!isUuid(deputyAgentId)) throw badUserInput('deputyAgentId', 'Ce suppléant est inconnu.');
  const deputy = normaliseUuid(deputyAgentId);
  if (deputy === me) {
    throw badUserInput('deputyAgentId', 'Choisissez un autre agent que vous-même comme suppléant.');
  }
  const today = approvalsToday();
  if (from < today) {
    throw badUserInput(
      'from',
      `La délégation ne peut pas commencer avant aujourd’hui (${frenchDate(today)}).`,
    );
  }
  if (until < from) {
    throw badUserInput('until', 'La fin de la délégation doit suivre son début (ou être le même jour).');
  }
  if (daysBetween(from, until) > MAX_DELEGATION_DAYS) {
    throw badUserInput('until', 'Une délégation dure un an au plus.');
  }
  return auditedWrite(ctx, async (manager, record) => {
    const [reports] = (await manager.query(
      'SELECT count(*)::int AS n FROM "approvals"."agent_projection" WHERE "manager_id" = $1 AND NOT "erased"',
      [me],
    )) as Array<{ n: number }>;
    if (!reports?.n) {
      throw forbidden(
        'Seul un supérieur hiérarchique (un agent qui encadre au moins un agent) peut déléguer ses validations.',
        'deputyAgentId',
      );
    }
    const [known] = (await manager.query(
      'SELECT "erased" FROM "approvals"."agent_projection" WHERE "agent_id" = $1',
      [deputy],
    )) as Array<{ erased: boolean }>;
    if (!known || known.erased) throw badUserInput('deputyAgentId', 'Ce suppléant est inconnu.');
    // One at a time per manager: concurrent delegations queue here and the second sees the first.
    await manager.query(ENTITY_LOCK_SQL.managerDelegations, [me]);
    const [current] = (await manager.query(
      `SELECT * FROM "approvals"."approval_delegations"
        WHERE "manager_agent_id" = $1 AND "revoked_at" IS NULL AND "ends_on" >= $2::date`,
      [me, today],
    )) as DelegationRow[];
    if (current) {
      throw conflict(
        `Vous avez déjà une délégation en cours (jusqu’au ${frenchDate(dateText(current.ends_on)!)}) : ` +
          'révoquez-la avant d’en donner une nouvelle.',
        { field: 'deputyAgentId', delegationId: current.id },
      );
    }
    const [row] = (await manager.query(
      `INSERT INTO "approvals"."approval_delegations"
         ("id", "manager_agent_id", "deputy_agent_id", "starts_on", "ends_on")
       VALUES ($1, $2, $3, $4, $5) RETURNING *`,
      [randomUUID(), me, deputy, from, until],
    )) as DelegationRow[];
    await record({
      audit: {
        action: 'approvalDelegation.create',
        entityType: 'ApprovalDelegation',
        entityId: row!.id,
        subjectAgentId: me,
        before: null,
        after: auditDelegation(row!),
      },
    });
    return toDelegation(row!);
  });
}

/** `revokeDelegation`: by the manager who gave it, or the programme team; once. */
export async function revokeDelegation(ctx: RequestContext, id: string): Promise<ApprovalDelegation> {
  const me = viewerAgentId(ctx.viewer);
  if (!me || !isUuid(id)) throw notFound(DELEGATION_LABEL, id);
  return auditedWrite(ctx, async (manager, record) => {
    const [before] = (await manager.query(
      'SELECT * FROM "approvals"."approval_delegations" WHERE "id" = $1 FOR UPDATE',
      [normaliseUuid(id)],
    )) as DelegationRow[];
    if (!before) throw notFound(DELEGATION_LABEL, id);
    if (before.manager_agent_id !== me && !isAdmin(ctx.viewer)) {
      // The deputy learns why; anyone else learns nothing.
      if (before.deputy_agent_id === me) {
        throw forbidden(
          'Seul le supérieur hiérarchique qui a donné cette délégation peut la révoquer.',
          'id',
        );
      }
      throw notFound(DELEGATION_LABEL, id);
    }
    if (before.revoked_at) {
      throw conflict('Cette délégation est déjà révoquée.', { field: 'id' });
    }
    const [after] = (await manager.query(
      // The CTE makes the command a SELECT, so the rows come back alone.
      `WITH revoked AS (
         UPDATE "approvals"."approval_delegations" SET "revoked_at" = clock_timestamp() WHERE "id" = $1 RETURNING *
       ) SELECT * FROM revoked`,
      [before.id],
    )) as DelegationRow[];
    await record({
      audit: {
        action: 'approvalDelegation.revoke',
        entityType: 'ApprovalDelegation',
        entityId: before.id,
        subjectAgentId: before.manager_agent_id,
        before: auditDelegation(before),
        after: auditDelegation(after!),
      },
    });
    return toDelegation(after!);
  });
}

/** `Agent.approvalDelegations`: those the agent gave and those they received, not revoked and not ended. */
export async function delegationsOf(ctx: RequestContext, agentId: string): Promise<ApprovalDelegation[]> {
  const me = viewerAgentId(ctx.viewer);
  const key = normaliseUuid(agentId);
  if (!me || (me !== key && !isAdmin(ctx.viewer))) {
    throw forbidden(
      'Les délégations d’un supérieur hiérarchique ne sont visibles que de lui-même, de son suppléant et de ' +
        'l’équipe du programme.',
      'approvalDelegations',
    );
  }
  const rows = (await ctx.db.query(
    `SELECT * FROM "approvals"."approval_delegations"
      WHERE ("manager_agent_id" = $1 OR "deputy_agent_id" = $1) AND "revoked_at" IS NULL AND "ends_on" >= $2::date
      ORDER BY "starts_on", "id"`,
    [key, approvalsToday()],
  )) as DelegationRow[];
  return rows.map(toDelegation);
}
