import { publishEvent, type DomainEvent } from '@talents/common';
import type { EntityManager } from 'typeorm';
import { NotificationKind } from './notification.types';

// Queuing apart from sending (notification.email.ts): sending needs the one-click approval links,
// and with them the workflow, which itself writes notifications (an agreement's new version).

/** Kinds that ask the person to act: e-mailed unless they chose in-app only. */
export const ACT_ON_KINDS: ReadonlySet<NotificationKind> = new Set([
  NotificationKind.APPROVAL_REQUESTED,
  NotificationKind.APPROVAL_REMINDER,
  NotificationKind.APPLICANT_RELEASED,
  NotificationKind.AGREEMENT_AMENDED,
  NotificationKind.COMPLETION_RECORDED,
]);

/** Whether a kind is e-mailed to someone who has not chosen. */
export function emailByDefault(kind: NotificationKind): boolean {
  return ACT_ON_KINDS.has(kind);
}

/** `notification.email` (approvals → approvals): one e-mail to send, a durable pg-boss job. */
export interface NotificationEmailPayload {
  notificationId: string;
  version: string;
}

function notificationEmailEvent(notificationId: string): DomainEvent<NotificationEmailPayload> {
  return {
    type: 'notification.email',
    key: notificationId,
    payload: { notificationId, version: new Date().toISOString() },
  };
}

/**
 * In the transaction that writes the notification: when the recipient has an address and wants
 * this kind by e-mail, the row that records the sending and its job. Both commit with the
 * notification or not at all: an e-mail is never lost, nor sent for a notification rolled back.
 */
export async function queueEmail(
  manager: EntityManager,
  notificationId: string,
  agentId: string,
  kind: NotificationKind,
): Promise<boolean> {
  const [row] = (await manager.query(
    `SELECT a."email", p."email" AS "wanted", coalesce(s."daily_digest", false) AS "digest"
       FROM "approvals"."notification_addresses" a
       LEFT JOIN "approvals"."notification_preferences" p ON p."agent_id" = a."agent_id" AND p."kind" = $2
       LEFT JOIN "approvals"."notification_settings" s ON s."agent_id" = a."agent_id"
      WHERE a."agent_id" = $1`,
    [agentId, kind],
  )) as Array<{ email: string; wanted: boolean | null; digest: boolean }>;
  if (!row || !(row.wanted ?? emailByDefault(kind))) return false;
  await manager.query(
    `INSERT INTO "approvals"."notification_emails" ("notification_id", "recipient", "digest") VALUES ($1, $2, $3)
     ON CONFLICT ("notification_id") DO NOTHING`,
    [notificationId, row.email, row.digest],
  );
  // A digest reader's e-mail waits for their daily digest (notification.digest.ts), sent by the sweep.
  if (!row.digest) await publishEvent(manager, notificationEmailEvent(notificationId));
  return true;
}
