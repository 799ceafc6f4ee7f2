import {
  auditedWrite,
  badUserInput,
  checkPageSize,
  checkText,
  decodeCursor,
  denied,
  hasScope,
  isAdmin,
  isUuid,
  ISO_INSTANT,
  normaliseUuid,
  notFound,
  toPage,
  type RequestContext,
} from '@talents/common';
import type { EntityManager } from 'typeorm';
import { viewerAgentId } from '../application/application.access';
import { yearShares } from '../budget/budget.rules';
import { checkYear } from '../budget/budget.service';
import { administrationReference } from '../agreement/administration.types';
import { CreditBalance, CreditEntry, CreditEntryConnection, CreditEntryKind } from './ledger.types';

interface EntryRow {
  id: string;
  application_id: string;
  year: number;
  giver_administration_id: string;
  receiver_administration_id: string;
  hours: number;
  kind: CreditEntryKind;
  reason: string | null;
  created_at: Date;
}

function toEntry(row: EntryRow): CreditEntry {
  return Object.assign(new CreditEntry(), {
    id: row.id,
    applicationId: row.application_id,
    year: row.year,
    giver: administrationReference(row.giver_administration_id)!,
    receiver: administrationReference(row.receiver_administration_id)!,
    hours: row.hours,
    kind: row.kind,
    reason: row.reason,
    createdAt: row.created_at,
  });
}

/**
 * The credit entries of confirmed completions that have none yet (the agent's confirmation, in its
 * transaction; the demo seed): the hours spent, split over the years of the agreed period, given by
 * the home administration and received by the host. Without both administrations known there is
 * nothing to credit. Two statements whatever the number of completions.
 */
export async function creditCompletions(
  manager: EntityManager,
  applicationIds: readonly string[],
  recordedBy: string,
): Promise<void> {
  const completed = (await manager.query(
    `SELECT c."application_id", c."hours_spent", g."home_administration_id", g."host_administration_id",
            v."start_date"::text AS "start_date", v."end_date"::text AS "end_date"
       FROM "approvals"."completions" c
       JOIN "approvals"."agreements" g ON g."application_id" = c."application_id"
       JOIN "approvals"."agreement_versions" v ON v."agreement_id" = g."id" AND v."version" = g."version"
      WHERE c."application_id" = ANY($1::uuid[]) AND c."agent_response" = 'CONFIRMED'
        AND g."home_administration_id" IS NOT NULL AND g."host_administration_id" IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM "approvals"."credit_ledger" l WHERE l."application_id" = c."application_id")`,
    [[...applicationIds]],
  )) as Array<{
    application_id: string;
    hours_spent: number;
    home_administration_id: string;
    host_administration_id: string;
    start_date: string | null;
    end_date: string | null;
  }>;
  const entries = completed.flatMap((row) =>
    yearShares(
      { startDate: row.start_date, endDate: row.end_date, applicationDeadline: null },
      row.hours_spent,
    )
      .filter((share) => share.hours !== 0)
      .map((share) => ({ row, share })),
  );
  if (entries.length === 0) return;
  await manager.query(
    `INSERT INTO "approvals"."credit_ledger"
       ("application_id", "year", "giver_administration_id", "receiver_administration_id", "hours", "kind", "recorded_by")
     SELECT e.application_id, e.year, e.giver, e.receiver, e.hours, 'COMPLETION', $6
       FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::int[])
         AS e(application_id, year, giver, receiver, hours)`,
    [
      entries.map(({ row }) => row.application_id),
      entries.map(({ share }) => share.year),
      entries.map(({ row }) => row.home_administration_id),
      entries.map(({ row }) => row.host_administration_id),
      entries.map(({ share }) => share.hours),
      recordedBy,
    ],
  );
}

const FIGURES_REFUSED =
  'Le crédit virtuel est réservé à l’équipe du programme, aux clients d’API de portée « stats:read » et, pour ' +
  'le solde de leur administration, aux supérieurs hiérarchiques.';

function readsAll(ctx: RequestContext): boolean {
  return isAdmin(ctx.viewer) || hasScope(ctx.viewer, 'stats:read');
}

/** `statsCreditLedger`: the entries of a year, oldest first, for the programme team and stats clients. */
export async function creditLedgerOf(
  ctx: RequestContext,
  year: number,
  administrationId: string | null | undefined,
  first: number,
  after: string | null | undefined,
): Promise<CreditEntryConnection> {
  if (!readsAll(ctx)) throw denied(ctx.viewer, FIGURES_REFUSED, 'statsCreditLedger');
  checkYear(year);
  const size = checkPageSize(first);
  const position = decodeCursor(after, (key) => ISO_INSTANT.test(key));
  const rows = (await ctx.db.query(
    `SELECT * FROM "approvals"."credit_ledger"
      WHERE "year" = $1
        AND ($2::text IS NULL OR "giver_administration_id" = $2 OR "receiver_administration_id" = $2)
        AND ($3::timestamptz IS NULL OR ("created_at", "id") > ($3::timestamptz, $4::uuid))
      ORDER BY "created_at", "id" LIMIT $5`,
    [year, administrationId ?? null, position?.key ?? null, position?.id ?? null, size + 1],
  )) as EntryRow[];
  const page = toPage(rows, size, (row) => ({ key: row.created_at.toISOString(), id: row.id }));
  return Object.assign(new CreditEntryConnection(), {
    nodes: page.nodes.map(toEntry),
    pageInfo: page.pageInfo,
  });
}

/**
 * `statsCreditBalances`: hours given and received per administration for a year, summed in SQL.
 * A manager (an agent someone reports to) sees their own administration's only.
 */
export async function creditBalancesOf(
  ctx: RequestContext,
  year: number,
  administrationId: string | null | undefined,
): Promise<CreditBalance[]> {
  checkYear(year);
  let only = administrationId ?? null;
  if (!readsAll(ctx)) {
    const me = viewerAgentId(ctx.viewer);
    const [mine] = me
      ? ((await ctx.db.query(
          `SELECT p."administration_id",
                  EXISTS (SELECT 1 FROM "approvals"."agent_projection" r WHERE r."manager_id" = p."agent_id") AS "manages"
             FROM "approvals"."agent_projection" p WHERE p."agent_id" = $1`,
          [me],
        )) as Array<{ administration_id: string | null; manages: boolean }>)
      : [];
    if (!mine?.manages || !mine.administration_id || (only !== null && only !== mine.administration_id)) {
      throw denied(ctx.viewer, FIGURES_REFUSED, 'statsCreditBalances');
    }
    only = mine.administration_id;
  }
  const rows = (await ctx.db.query(
    `SELECT a."administration_id", coalesce(min(r."ministry_id"), a."administration_id") AS "ministry_id",
            coalesce(sum(a."hours") FILTER (WHERE a."side" = 'given'), 0)::int AS "given",
            coalesce(sum(a."hours") FILTER (WHERE a."side" = 'received'), 0)::int AS "received"
       FROM (SELECT "giver_administration_id" AS "administration_id", 'given' AS "side", "hours"
               FROM "approvals"."credit_ledger" WHERE "year" = $1
             UNION ALL
             SELECT "receiver_administration_id", 'received', "hours"
               FROM "approvals"."credit_ledger" WHERE "year" = $1) a
       LEFT JOIN "approvals"."administration_reference" r ON r."id" = a."administration_id"
      WHERE $2::text IS NULL OR a."administration_id" = $2
      GROUP BY a."administration_id"
      ORDER BY a."administration_id"`,
    [year, only],
  )) as Array<{ administration_id: string; ministry_id: string; given: number; received: number }>;
  return rows.map((row) =>
    Object.assign(new CreditBalance(), {
      administration: administrationReference(row.administration_id)!,
      ministry: administrationReference(row.ministry_id)!,
      year,
      hoursGiven: row.given,
      hoursReceived: row.received,
      balance: row.given - row.received,
    }),
  );
}

/** `correctCreditEntry`: the programme team adds a correcting entry (never edits one). */
export async function correctCreditEntry(
  ctx: RequestContext,
  entryId: string,
  hours: number,
  reason: string,
): Promise<CreditEntry> {
  if (!isAdmin(ctx.viewer)) {
    throw denied(ctx.viewer, 'Seule l’équipe du programme corrige le crédit virtuel.', 'correctCreditEntry');
  }
  if (!isUuid(entryId)) throw notFound('Écriture', entryId);
  if (!Number.isInteger(hours) || hours === 0 || Math.abs(hours) > 1607) {
    throw badUserInput('hours', 'La correction est un nombre entier d’heures, non nul, de −1 607 à 1 607.');
  }
  const text = checkText(reason, 'reason', { required: 'Indiquez le motif de la correction.' });
  return auditedWrite(ctx, async (manager, record) => {
    const [corrected] = (await manager.query('SELECT * FROM "approvals"."credit_ledger" WHERE "id" = $1', [
      normaliseUuid(entryId),
    ])) as EntryRow[];
    if (!corrected) throw notFound('Écriture', entryId);
    const [row] = (await manager.query(
      `INSERT INTO "approvals"."credit_ledger"
         ("application_id", "year", "giver_administration_id", "receiver_administration_id", "hours", "kind", "reason", "recorded_by")
       VALUES ($1, $2, $3, $4, $5, 'CORRECTION', $6, $7) RETURNING *`,
      [
        corrected.application_id,
        corrected.year,
        corrected.giver_administration_id,
        corrected.receiver_administration_id,
        hours,
        text,
        ctx.viewer.subject,
      ],
    )) as EntryRow[];
    await record({
      audit: {
        action: 'credit.correct',
        entityType: 'CreditEntry',
        entityId: row!.id,
        after: { corrects: corrected.id, hours, reason: text },
      },
    });
    return toEntry(row!);
  });
}
