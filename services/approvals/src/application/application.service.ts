import { randomUUID } from 'node:crypto';
import {
  ApplicationStatus,
  badUserInput,
  conflict,
  DecisionReason,
  isUuid,
  notFound,
  type RequestContext,
} from '@talents/common';
import { QueryFailedError } from 'typeorm';
import { Application, ONE_ACTIVE_APPLICATION_INDEX, WITHDRAWABLE_STATUSES } from './application.entity';
import {
  MOTIVATION_LENGTH_MESSAGE,
  MOTIVATION_MAX_LENGTH,
  MOTIVATION_MIN_LENGTH,
  PROPOSED_HOURS_MAX,
  PROPOSED_HOURS_MESSAGE,
  PROPOSED_HOURS_MIN,
  REASON_TEXT_MAX_LENGTH,
  type ApplyInput,
} from './application.inputs';
import { applicationById } from './application.loader';

const APPLICATION_LABEL = 'Candidature';

/** Unknown and malformed ids both mean “no such application”. */
export async function getApplication(ctx: RequestContext, id: string): Promise<Application> {
  const application = isUuid(id) ? await applicationById(ctx).load(id.toLowerCase()) : null;
  if (!application) throw notFound(APPLICATION_LABEL, id);
  return application;
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}

/**
 * Files a new application. The mission is not checked for existence or publication: approvals may
 * not read the missions tables, and the local projection of missions fed by their events is a
 * later issue.
 */
export async function applyToMission(ctx: RequestContext, input: ApplyInput): Promise<Application> {
  // The input decorators already checked these; services may be called from elsewhere, so again.
  if (!isUuid(input.agentId))
    throw badUserInput('input.agentId', 'Identifiant d’agent mal formé : un UUID est attendu.');
  if (!isUuid(input.missionId)) {
    throw badUserInput('input.missionId', 'Identifiant de mission mal formé : un UUID est attendu.');
  }
  const motivation = input.motivation.trim();
  if (motivation.length < MOTIVATION_MIN_LENGTH || motivation.length > MOTIVATION_MAX_LENGTH) {
    throw badUserInput('input.motivation', MOTIVATION_LENGTH_MESSAGE);
  }
  const hours = input.proposedHours;
  if (!Number.isInteger(hours) || hours < PROPOSED_HOURS_MIN || hours > PROPOSED_HOURS_MAX) {
    throw badUserInput('input.proposedHours', PROPOSED_HOURS_MESSAGE);
  }

  const repository = ctx.db.getRepository(Application);
  const application = repository.create({
    id: randomUUID(),
    agentId: input.agentId.toLowerCase(),
    missionId: input.missionId.toLowerCase(),
    motivation,
    proposedHours: hours,
    status: ApplicationStatus.SUBMITTED,
    reason: null,
    reasonText: null,
  });
  try {
    // The partial unique index decides between concurrent applications: a check-then-insert would race.
    await repository.insert(application);
  } catch (error) {
    if (isUniqueViolation(error, ONE_ACTIVE_APPLICATION_INDEX)) {
      throw conflict(
        'Une candidature de cet agent à cette mission est déjà en cours : retirez-la avant d’en déposer une nouvelle.',
        { agentId: application.agentId, missionId: application.missionId },
      );
    }
    throw error;
  }
  return application;
}

interface ApplicationRow {
  id: string;
  agent_id: string;
  mission_id: string;
  motivation: string;
  proposed_hours: number;
  status: ApplicationStatus;
  reason: DecisionReason | null;
  reason_text: string | null;
  created_at: Date;
  updated_at: Date;
}

function fromRow(row: ApplicationRow): Application {
  return Object.assign(new Application(), {
    id: row.id,
    agentId: row.agent_id,
    missionId: row.mission_id,
    motivation: row.motivation,
    proposedHours: row.proposed_hours,
    status: row.status,
    reason: row.reason,
    reasonText: row.reason_text,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export async function withdrawApplication(
  ctx: RequestContext,
  id: string,
  reason: DecisionReason,
  reasonText: string | null | undefined,
): Promise<Application> {
  const text = reasonText?.trim() || null;
  if (reason === DecisionReason.OTHER && !text) {
    throw badUserInput(
      'reasonText',
      'Précisez le motif du retrait : il est obligatoire avec le motif « Autre ».',
    );
  }
  if (text && text.length > REASON_TEXT_MAX_LENGTH) {
    throw badUserInput(
      'reasonText',
      `La précision du motif ne doit pas dépasser ${REASON_TEXT_MAX_LENGTH} caractères.`,
    );
  }
  if (!isUuid(id)) throw notFound(APPLICATION_LABEL, id);

  // The status condition lives in the UPDATE itself so that two concurrent decisions cannot both apply.
  const result = await ctx.db
    .createQueryBuilder()
    .update(Application)
    .set({ status: ApplicationStatus.WITHDRAWN, reason, reasonText: text, updatedAt: () => 'now()' })
    .where('id = :id', { id: id.toLowerCase() })
    .andWhere('status IN (:...statuses)', { statuses: [...WITHDRAWABLE_STATUSES] })
    .returning('*')
    .execute();
  const rows = result.raw as ApplicationRow[];
  const updated = rows[0];
  if (updated) return fromRow(updated);

  const current = await ctx.db.getRepository(Application).findOneBy({ id: id.toLowerCase() });
  if (!current) throw notFound(APPLICATION_LABEL, id);
  throw conflict(
    'Seule une candidature déposée, approuvée par le supérieur hiérarchique ou acceptée peut être retirée ' +
      `(statut actuel : ${current.status}).`,
    { status: current.status },
  );
}
