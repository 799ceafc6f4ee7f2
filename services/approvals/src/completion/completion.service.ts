import {
  ApplicationStatus,
  auditedWrite,
  badUserInput,
  checkText,
  conflict,
  denied,
  groupedLoader,
  isUuid,
  keyedLoader,
  normaliseUuid,
  notFound,
  type RequestContext,
  requestLoader,
} from '@talents/common';
import type { DataSource, EntityManager } from 'typeorm';
import { agentReference } from '../agent/agent.types';
import { canReadApplication, viewerAgentId } from '../application/application.access';
import { fromRow, type ApplicationRow } from '../application/application.service';
import { rolesOf } from '../application/application.workflow';
import { creditCompletions } from '../ledger/ledger.service';
import { agentProjectionById, missionProjectionById } from '../projection/projection.loader';
import { Completion, CompletionResponse, FeedbackSide, MissionFeedback } from './completion.types';
import { endorsementsByApplication } from './endorsement.loader';

const TEXT_MAX = 2000;

interface CompletionRow {
  application_id: string;
  hours_spent: number;
  recorded_by_agent_id: string | null;
  recorded_at: Date;
  agent_response: CompletionResponse;
  agent_comment: string | null;
  responded_at: Date | null;
}

interface FeedbackRow {
  application_id: string;
  party: FeedbackSide;
  author_agent_id: string;
  rating: number;
  text: string | null;
  created_at: Date;
}

const completionByApplication = requestLoader((db: DataSource) =>
  keyedLoader<string, CompletionRow>(
    async (keys) =>
      (await db.query('SELECT * FROM "approvals"."completions" WHERE "application_id" = ANY($1::uuid[])', [
        [...new Set(keys.filter(isUuid))],
      ])) as CompletionRow[],
    (row) => row.application_id,
  ),
);

const feedbackByApplication = requestLoader((db: DataSource) =>
  groupedLoader<string, FeedbackRow>(
    async (keys) =>
      (await db.query(
        'SELECT * FROM "approvals"."completion_feedback" WHERE "application_id" = ANY($1::uuid[]) ORDER BY "party"',
        [[...new Set(keys.filter(isUuid))]],
      )) as FeedbackRow[],
    (row) => row.application_id,
  ),
);

/** `Application.completion`: read with the application (whoever may read it may read this). */
export async function completionOf(ctx: RequestContext, applicationId: string): Promise<Completion | null> {
  const key = normaliseUuid(applicationId);
  const [row, feedback, endorsements] = await Promise.all([
    completionByApplication(ctx).load(key),
    feedbackByApplication(ctx).load(key),
    endorsementsByApplication(ctx).load(key),
  ]);
  if (!row) return null;
  return Object.assign(new Completion(), {
    hoursSpent: row.hours_spent,
    recordedBy: row.recorded_by_agent_id ? agentReference(row.recorded_by_agent_id) : null,
    recordedAt: row.recorded_at,
    agentResponse: row.agent_response,
    agentComment: row.agent_comment,
    respondedAt: row.responded_at,
    feedback: feedback.map((item) =>
      Object.assign(new MissionFeedback(), {
        side: item.party,
        author: agentReference(item.author_agent_id),
        rating: item.rating,
        text: item.text,
        createdAt: item.created_at,
      }),
    ),
    endorsements,
    certificateUrl:
      row.agent_response === CompletionResponse.CONFIRMED ? `/documents/attestations/${key}.pdf` : null,
  });
}

/** The completed application, locked, with the viewer's roles on it; strangers learn nothing. */
export async function lockedCompletion(ctx: RequestContext, manager: EntityManager, id: string) {
  if (!isUuid(id)) throw notFound('Candidature', id);
  const key = normaliseUuid(id);
  const [row] = (await manager.query('SELECT * FROM "approvals"."applications" WHERE "id" = $1 FOR UPDATE', [
    key,
  ])) as ApplicationRow[];
  const application = row ? fromRow(row) : null;
  if (!application || !(await canReadApplication(ctx, application))) throw notFound('Candidature', id);
  const [completion] = (await manager.query(
    'SELECT * FROM "approvals"."completions" WHERE "application_id" = $1 FOR UPDATE',
    [key],
  )) as CompletionRow[];
  if (application.status !== ApplicationStatus.COMPLETED || !completion) {
    throw conflict('La réalisation de cette mission n’est pas encore enregistrée par le porteur.', {
      field: 'id',
    });
  }
  const [agent, mission] = await Promise.all([
    agentProjectionById(ctx).load(application.agentId),
    missionProjectionById(ctx).load(application.missionId),
  ]);
  const roles = rolesOf(ctx.viewer, viewerAgentId(ctx.viewer), {
    agentId: application.agentId,
    managerId: agent?.managerId ?? null,
    hostAdministrationId: mission?.hostAdministrationId ?? application.hostAdministrationId,
    contactAgentId: mission?.contactAgentId ?? null,
  });
  return { application, completion, roles };
}

/**
 * `respondToCompletion`: the agent confirms the hours the host recorded, or disputes them with a
 * comment (the programme team then sees the dispute). Once only.
 */
export async function respondToCompletion(
  ctx: RequestContext,
  id: string,
  confirmed: boolean,
  comment: string | null | undefined,
): Promise<Completion> {
  await auditedWrite(ctx, async (manager, record) => {
    const { application, completion } = await lockedCompletion(ctx, manager, id);
    if (viewerAgentId(ctx.viewer) !== application.agentId) {
      throw denied(
        ctx.viewer,
        'Seul l’agent qui a réalisé la mission confirme ou conteste ses heures.',
        'id',
      );
    }
    if (completion.agent_response !== CompletionResponse.PENDING) {
      throw conflict(
        completion.agent_response === CompletionResponse.CONFIRMED
          ? 'Vous avez déjà confirmé ces heures.'
          : 'Vous avez déjà contesté ces heures : l’équipe du programme reprend la question.',
        { field: 'id' },
      );
    }
    const text = checkText(comment, 'comment', { max: TEXT_MAX });
    if (!confirmed && !text) {
      throw badUserInput(
        'comment',
        'Dites pourquoi vous contestez ces heures : le commentaire est obligatoire.',
      );
    }
    const response = confirmed ? CompletionResponse.CONFIRMED : CompletionResponse.DISPUTED;
    await manager.query(
      `UPDATE "approvals"."completions" SET "agent_response" = $2, "agent_comment" = $3, "responded_at" = clock_timestamp()
        WHERE "application_id" = $1`,
      [application.id, response, text],
    );
    // The confirmed hours become credit: given by the home administration, received by the host.
    if (confirmed) await creditCompletions(manager, [application.id], ctx.viewer.subject);
    await record({
      audit: {
        action: confirmed ? 'completion.confirm' : 'completion.dispute',
        entityType: 'Application',
        entityId: application.id,
        subjectAgentId: application.agentId,
        before: { agentResponse: completion.agent_response },
        after: { agentResponse: response, hoursSpent: completion.hours_spent, comment: text },
      },
    });
  });
  return (await completionOf(ctx, id))!;
}

/** `giveMissionFeedback`: the agent or the host, once each, after the completion is recorded. */
export async function giveMissionFeedback(
  ctx: RequestContext,
  id: string,
  rating: number,
  value: string | null | undefined,
): Promise<Completion> {
  await auditedWrite(ctx, async (manager, record) => {
    const { application, roles } = await lockedCompletion(ctx, manager, id);
    const me = viewerAgentId(ctx.viewer);
    const side =
      me === application.agentId ? FeedbackSide.AGENT : roles.has('HOST') ? FeedbackSide.HOST : null;
    if (!side) {
      throw denied(
        ctx.viewer,
        'Seuls l’agent et l’administration d’accueil donnent un retour sur la mission.',
        'id',
      );
    }
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
      throw badUserInput('rating', 'La note va de 1 à 5.');
    }
    const text = checkText(value, 'text', { max: TEXT_MAX });
    const inserted = (await manager.query(
      `INSERT INTO "approvals"."completion_feedback" ("application_id", "party", "author_agent_id", "rating", "text")
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING "party"`,
      [application.id, side, me, rating, text],
    )) as unknown[];
    if (inserted.length === 0) {
      throw conflict(
        side === FeedbackSide.AGENT
          ? 'Vous avez déjà donné votre retour sur cette mission.'
          : 'L’administration d’accueil a déjà donné son retour sur cette mission.',
        { field: 'id' },
      );
    }
    await record({
      audit: {
        action: 'completion.feedback',
        entityType: 'Application',
        entityId: application.id,
        subjectAgentId: application.agentId,
        after: { side, rating, text },
      },
    });
  });
  return (await completionOf(ctx, id))!;
}
