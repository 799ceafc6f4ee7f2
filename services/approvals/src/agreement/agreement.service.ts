import {
  ApplicationStatus,
  auditedWrite,
  badUserInput,
  conflict,
  denied,
  hostsAdministration,
  isAdmin,
  isUuid,
  keyedLoader,
  normaliseUuid,
  notFound,
  type RequestContext,
  requestLoader,
} from '@talents/common';
import type { DataSource, EntityManager } from 'typeorm';
import { agentReference } from '../agent/agent.types';
import { viewerAgentId } from '../application/application.access';
import type { ApplicationEntity } from '../application/application.entity';
import {
  BUDGET_HOURS_MAX,
  checkBudget,
  commitHours,
  lockAgentBudget,
  releaseHours,
  yearShares,
} from '../budget/budget.rules';
import { missionReference } from '../mission/mission.types';
import type { MissionProjectionEntity } from '../projection/projection.entity';
import { administrationReference } from './administration.types';
import { AGREEMENT_CLAUSES } from './agreement.clauses';
import {
  Agreement,
  AgreementAcknowledgement,
  type AgreementAmendmentInput,
  AgreementClause,
  AgreementParty,
  AgreementVersion,
} from './agreement.types';
import { maxHoursSpent } from '../completion/completion.rules';
import { writeNotifications } from '../notification/notification.consumer';
import { planAmendment } from '../notification/notification.rules';

const LABEL = 'Convention';

interface AgreementRow {
  id: string;
  application_id: string;
  mission_id: string;
  agent_id: string;
  home_administration_id: string | null;
  released_by_agent_id: string | null;
  host_administration_id: string | null;
  host_agent_id: string | null;
  version: number;
  created_at: Date;
  hours: number;
  start_date: string | null;
  end_date: string | null;
  current_manager_id: string | null;
  application_status: ApplicationStatus;
  beyond_budget: boolean;
  acknowledgements: AcknowledgementRow[];
  versions: Array<{
    version: number;
    hours: number;
    startDate: string | null;
    endDate: string | null;
    createdBy: string | null;
    createdAt: string;
    acknowledgements: AcknowledgementRow[] | null;
  }>;
}

interface AcknowledgementRow {
  party: AgreementParty;
  agentId: string;
  at: string;
}

/** One statement for any number of agreements, by id or by application. */
function selectAgreements(by: 'id' | 'application_id'): string {
  return `
    SELECT g.*, v.hours, v.start_date::text AS start_date, v.end_date::text AS end_date,
           p.manager_id AS current_manager_id, a.status AS application_status, a.beyond_budget,
           coalesce((SELECT json_agg(json_build_object('party', k.party, 'agentId', k.agent_id,
                                                       'at', k.acknowledged_at) ORDER BY k.party)
                       FROM "approvals"."agreement_acknowledgements" k
                      WHERE k.agreement_id = g.id AND k.version = g.version), '[]') AS acknowledgements,
           (SELECT json_agg(json_build_object(
                     'version', h.version, 'hours', h.hours, 'startDate', h.start_date, 'endDate', h.end_date,
                     'createdBy', h.created_by_agent_id, 'createdAt', h.created_at,
                     'acknowledgements', (SELECT json_agg(json_build_object('party', k.party, 'agentId', k.agent_id,
                                                                            'at', k.acknowledged_at) ORDER BY k.party)
                                            FROM "approvals"."agreement_acknowledgements" k
                                           WHERE k.agreement_id = h.agreement_id AND k.version = h.version))
                   ORDER BY h.version DESC)
              FROM "approvals"."agreement_versions" h WHERE h.agreement_id = g.id) AS versions
      FROM "approvals"."agreements" g
      JOIN "approvals"."agreement_versions" v ON v.agreement_id = g.id AND v.version = g.version
      JOIN "approvals"."applications" a ON a.id = g.application_id
      LEFT JOIN "approvals"."agent_projection" p ON p.agent_id = g.agent_id
     WHERE g.${by} = ANY($1::uuid[])`;
}

function loaderBy(by: 'id' | 'application_id') {
  return requestLoader((db: DataSource) =>
    keyedLoader<string, AgreementRow>(
      async (keys) => {
        const ids = [...new Set(keys.filter(isUuid))];
        if (ids.length === 0) return [];
        return (await db.query(selectAgreements(by), [ids])) as AgreementRow[];
      },
      (row) => (by === 'id' ? row.id : row.application_id),
    ),
  );
}

const agreementById = loaderBy('id');
const agreementByApplication = loaderBy('application_id');

/** The parties the viewer acts for in this agreement (none for the programme team as such). */
function partiesOf(ctx: RequestContext, row: AgreementRow): AgreementParty[] {
  const me = viewerAgentId(ctx.viewer);
  if (!me) return [];
  const parties: AgreementParty[] = [];
  if (me === row.agent_id) parties.push(AgreementParty.AGENT);
  if (me === row.released_by_agent_id || me === row.current_manager_id) parties.push(AgreementParty.HOME);
  if (me === row.host_agent_id || hostsAdministration(ctx.viewer, row.host_administration_id)) {
    parties.push(AgreementParty.HOST);
  }
  return parties;
}

function toAcknowledgements(rows: readonly AcknowledgementRow[]): AgreementAcknowledgement[] {
  return rows.map((ack) =>
    Object.assign(new AgreementAcknowledgement(), {
      party: ack.party,
      agent: agentReference(ack.agentId),
      acknowledgedAt: new Date(ack.at),
    }),
  );
}

function toAgreement(ctx: RequestContext, row: AgreementRow): Agreement {
  const acknowledgements = toAcknowledgements(row.acknowledgements);
  return Object.assign(new Agreement(), {
    id: row.id,
    applicationId: row.application_id,
    version: row.version,
    hours: row.hours,
    startDate: row.start_date,
    endDate: row.end_date,
    mission: missionReference(row.mission_id),
    agent: agentReference(row.agent_id),
    homeAdministration: administrationReference(row.home_administration_id),
    releasedBy: row.released_by_agent_id ? agentReference(row.released_by_agent_id) : null,
    hostAdministration: administrationReference(row.host_administration_id),
    hostContact: row.host_agent_id ? agentReference(row.host_agent_id) : null,
    clauses: AGREEMENT_CLAUSES.map((clause) => Object.assign(new AgreementClause(), clause)),
    acknowledgements,
    acknowledgedByAll: new Set(acknowledgements.map((ack) => ack.party)).size === 3,
    myParties: partiesOf(ctx, row),
    documentUrl: `/documents/conventions/${row.id}.pdf`,
    createdAt: row.created_at,
    versions: row.versions.map((version) =>
      Object.assign(new AgreementVersion(), {
        version: version.version,
        hours: version.hours,
        startDate: version.startDate,
        endDate: version.endDate,
        createdBy: version.createdBy ? agentReference(version.createdBy) : null,
        createdAt: new Date(version.createdAt),
        acknowledgements: toAcknowledgements(version.acknowledgements ?? []),
      }),
    ),
    maxHoursSpent: maxHoursSpent(row.hours),
  });
}

const READ_REFUSED =
  'Une convention de mission n’est visible que de ses parties (l’agent, son supérieur hiérarchique, ' +
  'l’administration d’accueil) et de l’équipe du programme.';

/** The agreement if the viewer may read it; someone who may not learns nothing of it. */
function readable(
  ctx: RequestContext,
  row: AgreementRow | null | undefined,
  id: string,
  field: string,
): AgreementRow {
  if (!row) throw notFound(LABEL, id);
  if (isAdmin(ctx.viewer) || partiesOf(ctx, row).length > 0) return row;
  if (ctx.viewer.kind === 'anonymous') throw denied(ctx.viewer, READ_REFUSED, field);
  throw notFound(LABEL, id);
}

/** `Query.agreement(id)`. */
export async function agreementOf(ctx: RequestContext, id: string): Promise<Agreement> {
  const key = isUuid(id) ? normaliseUuid(id) : id;
  return toAgreement(ctx, readable(ctx, await agreementById(ctx).load(key), id, 'agreement'));
}

/** `Application.agreement`: null before acceptance; refused to those who are no party. */
export async function agreementOfApplication(
  ctx: RequestContext,
  applicationId: string,
): Promise<Agreement | null> {
  const row = await agreementByApplication(ctx).load(normaliseUuid(applicationId));
  if (!row) return null;
  if (!isAdmin(ctx.viewer) && partiesOf(ctx, row).length === 0)
    throw denied(ctx.viewer, READ_REFUSED, 'agreement');
  return toAgreement(ctx, row);
}

/**
 * In the acceptance's transaction: the agreement's version 1, with the hours and period the
 * acceptance committed, between the agent, whoever released the time and the mission's host; made by
 * whoever accepted (null when the system did).
 */
export async function createAgreement(
  manager: EntityManager,
  application: ApplicationEntity,
  mission: MissionProjectionEntity,
  homeAdministrationId: string | null,
  hours: number,
  acceptedBy: string | null,
): Promise<void> {
  const [created] = (await manager.query(
    `INSERT INTO "approvals"."agreements" ("application_id", "mission_id", "agent_id", "home_administration_id",
        "released_by_agent_id", "host_administration_id", "host_agent_id", "version")
     VALUES ($1, $2, $3, $4, $5, $6, $7, 1)
     ON CONFLICT ("application_id") DO NOTHING
     RETURNING "id"`,
    [
      application.id,
      application.missionId,
      application.agentId,
      homeAdministrationId,
      application.releasedByAgentId,
      mission.hostAdministrationId,
      mission.contactAgentId,
    ],
  )) as Array<{ id: string }>;
  if (!created) return;
  await manager.query(
    `INSERT INTO "approvals"."agreement_versions"
       ("agreement_id", "version", "hours", "start_date", "end_date", "created_by_agent_id")
     VALUES ($1, 1, $2, $3, $4, $5)`,
    [created.id, hours, mission.startDate, mission.endDate, acceptedBy],
  );
}

async function lockedAgreement(
  ctx: RequestContext,
  manager: EntityManager,
  id: string,
  field: string,
): Promise<AgreementRow> {
  if (!isUuid(id)) throw notFound(LABEL, id);
  const key = normaliseUuid(id);
  await manager.query('SELECT 1 FROM "approvals"."agreements" WHERE "id" = $1 FOR UPDATE', [key]);
  const [row] = (await manager.query(selectAgreements('id'), [[key]])) as AgreementRow[];
  return readable(ctx, row, id, field);
}

function checkCurrent(row: AgreementRow, version: number, field: string): void {
  if (version !== row.version) {
    throw conflict(
      `La convention a changé : la version ${row.version} est en cours (vous avez lu la version ${version}). ` +
        'Relisez-la avant de continuer.',
      { field, version: row.version },
    );
  }
}

/**
 * `acknowledgeAgreement(id, version)`: the viewer takes the current version into account for each
 * party they act for (an agent who is also the host's contact acknowledges both). Again: nothing
 * more is written.
 */
export async function acknowledgeAgreement(
  ctx: RequestContext,
  id: string,
  version: number,
): Promise<Agreement> {
  return auditedWrite(ctx, async (manager, record) => {
    const row = await lockedAgreement(ctx, manager, id, 'acknowledgeAgreement');
    const parties = partiesOf(ctx, row);
    if (parties.length === 0) {
      throw denied(
        ctx.viewer,
        'Seules les parties à la convention (l’agent, son supérieur hiérarchique, l’administration d’accueil) ' +
          'la prennent en compte.',
        'id',
      );
    }
    checkCurrent(row, version, 'version');
    const done = new Set(row.acknowledgements.map((ack) => ack.party));
    const missing = parties.filter((party) => !done.has(party));
    if (missing.length > 0) {
      await manager.query(
        `INSERT INTO "approvals"."agreement_acknowledgements" ("agreement_id", "version", "party", "agent_id")
         SELECT $1, $2, party, $4 FROM unnest($3::text[]) AS party
         ON CONFLICT DO NOTHING`,
        [row.id, row.version, missing, viewerAgentId(ctx.viewer)],
      );
      await record({
        audit: {
          action: 'agreement.acknowledge',
          entityType: 'Agreement',
          entityId: row.id,
          subjectAgentId: row.agent_id,
          after: { version: row.version, parties: missing },
        },
      });
    }
    const [after] = (await manager.query(selectAgreements('id'), [[row.id]])) as AgreementRow[];
    return toAgreement(ctx, after!);
  });
}

/**
 * `amendAgreement`: the host (or the programme team) changes the hours or the period; a new
 * version that every party must acknowledge again. The hours committed in the agent's budget
 * follow, under the budget's lock (refused beyond it unless the release carried the override).
 */
export async function amendAgreement(
  ctx: RequestContext,
  id: string,
  input: AgreementAmendmentInput,
  expectedVersion: number,
): Promise<Agreement> {
  return auditedWrite(ctx, async (manager, record) => {
    const row = await lockedAgreement(ctx, manager, id, 'amendAgreement');
    if (!isAdmin(ctx.viewer) && !partiesOf(ctx, row).includes(AgreementParty.HOST)) {
      throw denied(
        ctx.viewer,
        'Seuls l’administration d’accueil (référent ou contact de la mission) et l’équipe du programme modifient ' +
          'une convention.',
        'id',
      );
    }
    checkCurrent(row, expectedVersion, 'expectedVersion');
    if (row.application_status !== ApplicationStatus.ACCEPTED) {
      throw conflict('La candidature n’est plus acceptée : sa convention ne se modifie plus.', {
        field: 'id',
      });
    }
    const hours = input.hours ?? row.hours;
    const startDate = input.startDate === undefined ? row.start_date : input.startDate;
    const endDate = input.endDate === undefined ? row.end_date : input.endDate;
    if (!Number.isInteger(hours) || hours < 1 || hours > BUDGET_HOURS_MAX) {
      throw badUserInput('input.hours', `Les heures convenues vont de 1 à ${BUDGET_HOURS_MAX}.`);
    }
    if (startDate && endDate && endDate < startDate) {
      throw badUserInput('input.endDate', 'Le dernier jour de la mission ne peut pas précéder le premier.');
    }
    if (hours === row.hours && startDate === row.start_date && endDate === row.end_date) {
      throw badUserInput('input', 'Rien ne change : indiquez d’autres heures ou d’autres dates.');
    }
    await lockAgentBudget(manager, row.agent_id);
    await releaseHours(manager, row.application_id);
    const shares = yearShares({ startDate, endDate, applicationDeadline: null }, hours);
    await checkBudget(manager, row.agent_id, shares, row.beyond_budget);
    await commitHours(manager, row.application_id, row.agent_id, shares);
    const version = row.version + 1;
    await manager.query(
      `INSERT INTO "approvals"."agreement_versions"
         ("agreement_id", "version", "hours", "start_date", "end_date", "created_by_agent_id")
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [row.id, version, hours, startDate, endDate, viewerAgentId(ctx.viewer)],
    );
    await manager.query('UPDATE "approvals"."agreements" SET "version" = $2 WHERE "id" = $1', [
      row.id,
      version,
    ]);
    // In the amendment's transaction: the parties hear of the version they must acknowledge, or
    // nothing is written at all.
    await writeNotifications(
      manager,
      row.application_id,
      `agreement:${row.id}:${version}`,
      planAmendment({
        applicationId: row.application_id,
        version,
        hours,
        startDate,
        endDate,
        agentId: row.agent_id,
        homeManagerId: row.released_by_agent_id,
        authorId: viewerAgentId(ctx.viewer),
      }),
    );
    await record({
      audit: {
        action: 'agreement.amend',
        entityType: 'Agreement',
        entityId: row.id,
        subjectAgentId: row.agent_id,
        before: { version: row.version, hours: row.hours, startDate: row.start_date, endDate: row.end_date },
        after: { version, hours, startDate, endDate },
      },
    });
    const [after] = (await manager.query(selectAgreements('id'), [[row.id]])) as AgreementRow[];
    return toAgreement(ctx, after!);
  });
}
