import { randomUUID } from 'node:crypto';
import {
  ApplicationStatus,
  badUserInput,
  conflict,
  DecisionReason,
  isUuid,
  normaliseUuid,
  notFound,
  type RequestContext,
} from '@talents/common';
import { QueryFailedError } from 'typeorm';
import { agentReference } from '../agent/agent.types';
import { missionReference } from '../mission/mission.types';
import { ApplicationEntity, ONE_ACTIVE_APPLICATION_INDEX, WITHDRAWABLE_STATUSES } from './application.entity';
import { REASON_TEXT_MAX_LENGTH, type ApplyInput } from './application.inputs';
import { applicationById, applicationsByAgent, applicationsByMission } from './application.loader';
import { Application } from './application.types';

const APPLICATION_LABEL = 'Candidature';

/** The row as the API shows it: the agent and the mission become federation references. */
export function toApplication(entity: ApplicationEntity): Application {
  return Object.assign(new Application(), {
    id: entity.id,
    agent: agentReference(entity.agentId),
    mission: missionReference(entity.missionId),
    motivation: entity.motivation,
    proposedHours: entity.proposedHours,
    status: entity.status,
    reason: entity.reason,
    reasonText: entity.reasonText,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  });
}

/** Unknown and malformed ids both mean “no such application”: null. */
export async function findApplication(ctx: RequestContext, id: string): Promise<Application | null> {
  if (!isUuid(id)) return null;
  const entity = await applicationById(ctx).load(normaliseUuid(id));
  return entity ? toApplication(entity) : null;
}

export async function getApplication(ctx: RequestContext, id: string): Promise<Application> {
  const application = await findApplication(ctx, id);
  if (!application) throw notFound(APPLICATION_LABEL, id);
  return application;
}

export async function applicationsOfMission(ctx: RequestContext, missionId: string): Promise<Application[]> {
  const entities = await applicationsByMission(ctx).load(normaliseUuid(missionId));
  return entities.map(toApplication);
}

export async function applicationsOfAgent(ctx: RequestContext, agentId: string): Promise<Application[]> {
  const entities = await applicationsByAgent(ctx).load(normaliseUuid(agentId));
  return entities.map(toApplication);
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}

/**
 * Files a new application. `input` has passed ApplyInput's decorators (ids, motivation length,
 * hours), the only place those rules live; what they cannot express is decided here: one active
 * application per agent and mission. The mission is not checked for existence or publication:
 * approvals may not read the missions tables, and the local projection of missions fed by their
 * events is a later issue.
 */
export async function applyToMission(ctx: RequestContext, input: ApplyInput): Promise<Application> {
  const repository = ctx.db.getRepository(ApplicationEntity);
  const entity = repository.create({
    id: randomUUID(),
    agentId: normaliseUuid(input.agentId),
    missionId: normaliseUuid(input.missionId),
    motivation: input.motivation.trim(),
    proposedHours: input.proposedHours,
    status: ApplicationStatus.SUBMITTED,
    reason: null,
    reasonText: null,
  });
  try {
    // The partial unique index decides between concurrent applications: a check-then-insert would race.
    await repository.insert(entity);
  } catch (error) {
    if (isUniqueViolation(error, ONE_ACTIVE_APPLICATION_INDEX)) {
      throw conflict(
        'Une candidature de cet agent à cette mission est déjà en cours : retirez-la avant d’en déposer une nouvelle.',
        { agentId: entity.agentId, missionId: entity.missionId },
      );
    }
    throw error;
  }
  return toApplication(entity);
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

function fromRow(row: ApplicationRow): ApplicationEntity {
  return Object.assign(new ApplicationEntity(), {
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
  const key = normaliseUuid(id);

  // The status condition lives in the UPDATE itself so that two concurrent decisions cannot both apply.
  const result = await ctx.db
    .createQueryBuilder()
    .update(ApplicationEntity)
    .set({ status: ApplicationStatus.WITHDRAWN, reason, reasonText: text, updatedAt: () => 'now()' })
    .where('id = :id', { id: key })
    .andWhere('status IN (:...statuses)', { statuses: [...WITHDRAWABLE_STATUSES] })
    .returning('*')
    .execute();
  const rows = result.raw as ApplicationRow[];
  const updated = rows[0];
  if (updated) return toApplication(fromRow(updated));

  const current = await ctx.db.getRepository(ApplicationEntity).findOneBy({ id: key });
  if (!current) throw notFound(APPLICATION_LABEL, id);
  throw conflict(
    'Seule une candidature déposée, approuvée par le supérieur hiérarchique ou acceptée peut être retirée ' +
      `(statut actuel : ${current.status}).`,
    { status: current.status },
  );
}
