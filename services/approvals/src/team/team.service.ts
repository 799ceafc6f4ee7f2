import { ApplicationStatus, denied, isAdmin, normaliseUuid, type RequestContext } from '@talents/common';
import { agentReference } from '../agent/agent.types';
import { auditApplicationsRead, viewerAgentId } from '../application/application.access';
import { toApplication } from '../application/application.mapper';
import { fromRow, type ApplicationRow } from '../application/application.service';
import type { Application } from '../application/application.types';
import { yearShares } from '../budget/budget.rules';
import { checkYear, timeBudgetFrom } from '../budget/budget.service';
import { approvalsToday } from '../deadline/clock';
import { TeamMember } from './team.types';

interface MemberRow {
  agent_id: string;
  annual_hours: number | null;
  committed_hours: number;
}

interface TeamApplicationRow extends ApplicationRow {
  start_date: string | null;
  end_date: string | null;
  application_deadline: string | null;
}

const PENDING = [ApplicationStatus.SUBMITTED, ApplicationStatus.MANAGER_APPROVED];

/**
 * `Agent.team(year)`: the agents whose manager of record this person is (as profiles last told
 * approvals), each with their budget for the year and their open and accepted applications. Two
 * statements whatever the team's size: one for the members and their budgets, one for all their
 * applications. Reports' applications are personal data: each member read is audited.
 */
export async function teamOf(ctx: RequestContext, managerId: string, year: number): Promise<TeamMember[]> {
  checkYear(year);
  const me = viewerAgentId(ctx.viewer);
  const key = normaliseUuid(managerId);
  if (!me || (me !== key && !isAdmin(ctx.viewer))) {
    throw denied(
      ctx.viewer,
      'L’équipe d’un supérieur hiérarchique n’est visible que de lui-même et de l’équipe du programme.',
      'team',
    );
  }
  const members = (await ctx.db.query(
    `SELECT p.agent_id, b.annual_hours,
            coalesce((SELECT sum(c.hours) FROM "approvals"."hour_commitments" c
                       WHERE c.agent_id = p.agent_id AND c.year = $2), 0)::integer AS committed_hours
       FROM "approvals"."agent_projection" p
       LEFT JOIN "approvals"."time_budgets" b ON b.agent_id = p.agent_id AND b.year = $2
      WHERE p.manager_id = $1 AND NOT p.erased AND p.agent_id <> $1
      ORDER BY p.agent_id`,
    [key, year],
  )) as MemberRow[];
  if (members.length === 0) return [];
  const rows = (await ctx.db.query(
    `SELECT a.*, m.start_date::text AS start_date, m.end_date::text AS end_date,
            m.application_deadline::text AS application_deadline
       FROM "approvals"."applications" a
       LEFT JOIN "approvals"."mission_projection" m ON m.mission_id = a.mission_id
      WHERE a.agent_id = ANY($1::uuid[]) AND a.status = ANY($2::text[])
      ORDER BY m.start_date NULLS LAST, a.created_at, a.id`,
    [members.map((member) => member.agent_id), [...PENDING, ApplicationStatus.ACCEPTED]],
  )) as TeamApplicationRow[];

  const today = approvalsToday();
  const team = new Map(
    members.map((member) => [
      member.agent_id,
      Object.assign(new TeamMember(), {
        agent: agentReference(member.agent_id),
        budget: timeBudgetFrom(member.agent_id, year, member.annual_hours, member.committed_hours),
        pendingHours: 0,
        currentMissions: [] as Application[],
        upcomingMissions: [] as Application[],
        pendingApplications: [] as Application[],
      }),
    ]),
  );
  for (const row of rows) {
    const member = team.get(row.agent_id);
    if (!member) continue;
    const entity = fromRow(row);
    const application = toApplication(entity);
    if (PENDING.includes(entity.status)) {
      const schedule = {
        startDate: row.start_date,
        endDate: row.end_date,
        applicationDeadline: row.application_deadline,
      };
      const hours = entity.approvedHours ?? entity.proposedHours;
      member.pendingHours += yearShares(schedule, hours).find((share) => share.year === year)?.hours ?? 0;
      member.pendingApplications.push(application);
    } else if (row.end_date !== null && row.end_date < today) {
      // Accepted and over: its hours stay committed, it is no longer current nor upcoming.
      continue;
    } else if (row.start_date !== null && row.start_date <= today) {
      member.currentMissions.push(application);
    } else {
      member.upcomingMissions.push(application);
    }
  }
  for (const member of team.values()) auditApplicationsRead(ctx, member.agent.id, 'team');
  return [...team.values()];
}
