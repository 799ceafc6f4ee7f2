import { appendToFeed } from '@talents/common';
import type { EntityManager } from 'typeorm';
import { optionalUuidOf, statusOf, uuidOf, versionOf } from '../projection/event-payload';
import { queueEmail } from './notification.email-queue';
import { plan, PROGRAMME_GROUP, type PlannedNotification } from './notification.rules';
import { NotificationKind } from './notification.types';

/** Topic of the feed rows behind `myNotifications`. */
export const NOTIFICATION_TOPIC = 'notification.created';

/** What `application.changed` carries (application.events.ts), as this consumer reads it. */
interface ApplicationChanged {
  id?: unknown;
  status?: unknown;
  version?: unknown;
}

/** `approval.reminder` (deadline job → approvals): a manager has not answered yet. */
interface ApprovalReminder {
  applicationId?: unknown;
  managerAgentId?: unknown;
  deadline?: unknown;
  kind?: unknown;
}

interface StepRow {
  agent_id: string;
  mission_id: string;
  status: string;
  reason: string | null;
  hours: number;
  manager_id: string | null;
  contact_agent_id: string | null;
  host_administration_id: string | null;
}

/**
 * Writes the notifications of one step, each with the feed row that pushes it live and, when the
 * person wants it, its e-mail job, in the consumer's transaction. `dedupKey` names the step: a
 * second delivery of the same event (pg-boss retries, a replay) hits the unique key and writes
 * nothing, feed row and e-mail included.
 */
export async function writeNotifications(
  manager: EntityManager,
  applicationId: string,
  stepKey: string,
  planned: readonly PlannedNotification[],
): Promise<number> {
  let written = 0;
  for (const notification of planned) {
    const who =
      'agentId' in notification.recipient ? notification.recipient.agentId : notification.recipient.group;
    const rows = (await manager.query(
      `INSERT INTO "approvals"."notifications"
         ("recipient_agent_id", "recipient_group", "kind", "text", "link", "application_id", "dedup_key")
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT ("dedup_key") DO NOTHING
       RETURNING "id"`,
      [
        'agentId' in notification.recipient ? notification.recipient.agentId : null,
        'group' in notification.recipient ? notification.recipient.group : null,
        notification.kind,
        notification.text,
        notification.link,
        applicationId,
        `${stepKey}:${notification.kind}:${who}`,
      ],
    )) as Array<{ id: string }>;
    const id = rows[0]?.id;
    if (!id) continue;
    written += 1;
    if ('agentId' in notification.recipient) {
      await queueEmail(manager, id, notification.recipient.agentId, notification.kind);
    }
    await appendToFeed(manager, 'approvals', {
      topic: NOTIFICATION_TOPIC,
      entityId: id,
      payload: {
        id,
        recipientAgentId: 'agentId' in notification.recipient ? notification.recipient.agentId : null,
        recipientGroup: 'group' in notification.recipient ? notification.recipient.group : null,
      },
    });
  }
  return written;
}

/**
 * `application.changed` → the notifications of that step. The event's status is the step (the
 * application may have moved on since); the row gives the hours and the reason (a refusal,
 * decline, withdrawal or expiry is final, so its reason is still the row's), the projections give
 * the manager of record and the mission's hosts as they are now.
 */
export async function notifyApplicationChanged(
  payload: ApplicationChanged,
  manager: EntityManager,
): Promise<void> {
  const type = 'application.changed';
  const id = uuidOf(type, 'id', payload.id);
  const status = statusOf(type, payload.status);
  const version = versionOf(type, payload.version);
  const [row] = (await manager.query(
    `SELECT a."agent_id", a."mission_id", a."status", a."reason",
            coalesce(a."approved_hours", a."proposed_hours") AS "hours",
            p."manager_id", m."contact_agent_id",
            coalesce(m."host_administration_id", a."host_administration_id") AS "host_administration_id"
       FROM "approvals"."applications" a
       LEFT JOIN "approvals"."agent_projection" p ON p."agent_id" = a."agent_id"
       LEFT JOIN "approvals"."mission_projection" m ON m."mission_id" = a."mission_id"
      WHERE a."id" = $1`,
    [id],
  )) as StepRow[];
  // Gone (never happens: applications are not deleted): nobody left to tell.
  if (!row) return;
  const planned = plan({
    applicationId: id,
    agentId: row.agent_id,
    missionId: row.mission_id,
    status,
    reason: row.status === status ? row.reason : null,
    hours: row.hours,
    managerId: row.manager_id,
    contactAgentId: row.contact_agent_id,
    hostAdministrationId: row.host_administration_id,
  });
  await writeNotifications(manager, id, `application:${id}:${status}:${version}`, planned);
}

/**
 * `approval.reminder` (published by the deadline sweep, services/approvals/src/deadline) → the
 * reminder of whoever must answer. The sweep sends each kind once per application and deadline;
 * the key makes a redelivery harmless as well.
 */
export async function notifyApprovalReminder(
  payload: ApprovalReminder,
  manager: EntityManager,
): Promise<void> {
  const type = 'approval.reminder';
  const applicationId = uuidOf(type, 'applicationId', payload.applicationId);
  // null: no approver of record, the programme team's queue answers.
  const managerId = optionalUuidOf(type, 'managerAgentId', payload.managerAgentId);
  const kind = payload.kind === 'LAST_DAY' ? 'LAST_DAY' : 'HALF_TIME';
  const deadline = typeof payload.deadline === 'string' ? payload.deadline.slice(0, 10) : '';
  const text =
    kind === 'LAST_DAY'
      ? `Dernier jour pour répondre à la demande de libération de temps d’un agent que vous encadrez${deadline ? ` (échéance : ${deadline})` : ''} : sans réponse, elle expirera.`
      : `Rappel : une demande de libération de temps d’un agent que vous encadrez attend votre décision${deadline ? ` (échéance : ${deadline})` : ''}.`;
  await writeNotifications(manager, applicationId, `reminder:${applicationId}:${kind}:${deadline}`, [
    {
      recipient: managerId ? { agentId: managerId } : { group: PROGRAMME_GROUP },
      kind: NotificationKind.APPROVAL_REMINDER,
      text,
      link: '/validations',
    },
  ]);
}
