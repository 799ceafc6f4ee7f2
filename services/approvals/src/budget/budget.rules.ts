import { conflict, ENTITY_LOCK_SQL, todayInParis } from '@talents/common';
import type { EntityManager } from 'typeorm';
import type { MissionProjectionEntity } from '../projection/projection.entity';

/** `DEFAULT_ANNUAL_HOURS` (70): an agent's annual budget of hours until their manager sets one. */
export function defaultAnnualHours(): number {
  const raw = process.env.DEFAULT_ANNUAL_HOURS;
  if (raw === undefined || raw.trim() === '') return 70;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(
      `DEFAULT_ANNUAL_HOURS doit être un nombre entier d’heures positif ou nul (reçu : ${raw}).`,
    );
  }
  return value;
}

export const BUDGET_HOURS_MAX = 1607;

/** The hours an application commits in one calendar year. */
export interface YearShare {
  year: number;
  hours: number;
}

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/**
 * Splits `hours` over the years of the mission's schedule, in proportion to its days in each year
 * (the rounding remainder goes to the last year). Without a known schedule, the hours count in the
 * year of the application deadline (the mission starts after it), else this year in Paris.
 */
export function yearShares(
  mission: Pick<MissionProjectionEntity, 'startDate' | 'endDate' | 'applicationDeadline'> | null,
  hours: number,
): YearShare[] {
  const start = mission?.startDate ?? null;
  const end = mission?.endDate ?? null;
  if (!start || !end || end < start) {
    const anchor = start ?? mission?.applicationDeadline ?? todayInParis();
    return [{ year: Number(anchor.slice(0, 4)), hours }];
  }
  const firstYear = Number(start.slice(0, 4));
  const lastYear = Number(end.slice(0, 4));
  const totalDays = dayNumber(end) - dayNumber(start) + 1;
  const shares: YearShare[] = [];
  let given = 0;
  for (let year = firstYear; year <= lastYear; year += 1) {
    if (year === lastYear) {
      shares.push({ year, hours: hours - given });
      break;
    }
    const from = year === firstYear ? start : `${year}-01-01`;
    const days = dayNumber(`${year}-12-31`) - dayNumber(from) + 1;
    const share = Math.round((hours * days) / totalDays);
    shares.push({ year, hours: share });
    given += share;
  }
  return shares.filter((share) => share.hours > 0 || shares.length === 1);
}

/**
 * Serialises every write of one agent's budget (acceptances, the manager's change): two concurrent
 * acceptances that together exceed it cannot both read the same committed hours. Held until the
 * transaction ends.
 */
export async function lockAgentBudget(manager: EntityManager, agentId: string): Promise<void> {
  await manager.query(ENTITY_LOCK_SQL.agentBudget, [agentId]);
}

export interface BudgetFigures {
  year: number;
  annualHours: number;
  committedHours: number;
}

/** Each year's budget and hours already committed, in one statement. */
export async function budgetFigures(
  manager: EntityManager,
  agentId: string,
  years: readonly number[],
): Promise<BudgetFigures[]> {
  const rows = (await manager.query(
    `SELECT y.year,
            coalesce((SELECT b.annual_hours FROM "approvals"."time_budgets" b
                       WHERE b.agent_id = $1 AND b.year = y.year), $3::integer) AS annual_hours,
            coalesce((SELECT sum(c.hours) FROM "approvals"."hour_commitments" c
                       WHERE c.agent_id = $1 AND c.year = y.year), 0)::integer AS committed_hours
       FROM unnest($2::integer[]) AS y(year)
      ORDER BY y.year`,
    [agentId, [...years], defaultAnnualHours()],
  )) as Array<{ year: number; annual_hours: number; committed_hours: number }>;
  return rows.map((row) => ({
    year: row.year,
    annualHours: row.annual_hours,
    committedHours: row.committed_hours,
  }));
}

/**
 * Refuses (CONFLICT naming the budget) an acceptance that would take the agent beyond a year's
 * budget, unless the manager's release carried the explicit override. Run under `lockAgentBudget`.
 */
export async function checkBudget(
  manager: EntityManager,
  agentId: string,
  shares: readonly YearShare[],
  beyondBudget: boolean,
): Promise<void> {
  if (beyondBudget) return;
  const figures = await budgetFigures(
    manager,
    agentId,
    shares.map((share) => share.year),
  );
  for (const share of shares) {
    const figure = figures.find((row) => row.year === share.year)!;
    const remaining = figure.annualHours - figure.committedHours;
    if (share.hours > remaining) {
      throw conflict(
        `Le budget annuel de temps de l’agent pour ${share.year} (${figure.annualHours} h, dont ` +
          `${figure.committedHours} h déjà engagées) ne permet pas ces ${share.hours} h : il reste ` +
          `${Math.max(0, remaining)} h. Son supérieur hiérarchique peut libérer ce temps au-delà du budget ` +
          'en approuvant la candidature avec la dérogation « au-delà du budget ».',
        {
          field: 'budget',
          year: share.year,
          annualHours: figure.annualHours,
          committedHours: figure.committedHours,
          requestedHours: share.hours,
        },
      );
    }
  }
}

export async function commitHours(
  manager: EntityManager,
  applicationId: string,
  agentId: string,
  shares: readonly YearShare[],
): Promise<void> {
  await manager.query(
    `INSERT INTO "approvals"."hour_commitments" ("application_id", "agent_id", "year", "hours")
     SELECT $1, $2, s.year, s.hours FROM unnest($3::integer[], $4::integer[]) AS s(year, hours)`,
    [applicationId, agentId, shares.map((share) => share.year), shares.map((share) => share.hours)],
  );
}

export async function releaseHours(manager: EntityManager, applicationId: string): Promise<void> {
  await manager.query(`DELETE FROM "approvals"."hour_commitments" WHERE "application_id" = $1`, [
    applicationId,
  ]);
}
