import { isUuid, normaliseUuid } from '@talents/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { EntityManager } from 'typeorm';
import { createApprovalLinks, LINK_TTL_DAYS } from './notification.links';
import { NotificationKind } from './notification.types';

/** Kinds whose e-mail carries the one-click approve / refuse links. */
const ONE_CLICK_KINDS: ReadonlySet<NotificationKind> = new Set([
  NotificationKind.APPROVAL_REQUESTED,
  NotificationKind.APPROVAL_REMINDER,
]);

/**
 * `agent.changed` carries the agent's professional address once profiles sends it (`email`): kept
 * here, newest version wins; an erased agent's address is forgotten.
 */
export async function rememberAddress(
  payload: { id?: unknown; email?: unknown; erased?: unknown; version?: unknown },
  manager: EntityManager,
): Promise<void> {
  if (typeof payload.id !== 'string' || !isUuid(payload.id) || typeof payload.version !== 'string') return;
  const id = normaliseUuid(payload.id);
  if (payload.erased === true) {
    await manager.query('DELETE FROM "approvals"."notification_addresses" WHERE "agent_id" = $1', [id]);
    return;
  }
  if (typeof payload.email !== 'string' || !payload.email.includes('@')) return;
  await manager.query(
    `INSERT INTO "approvals"."notification_addresses" ("agent_id", "email", "version") VALUES ($1, $2, $3)
     ON CONFLICT ("agent_id") DO UPDATE SET "email" = EXCLUDED."email", "version" = EXCLUDED."version"
     WHERE "notification_addresses"."version" <= EXCLUDED."version"`,
    [id, payload.email, payload.version],
  );
}

const transports = new Map<string, Transporter>();

/**
 * One transport per `SMTP_URL` (tests start their own SMTP server). Its waits stay under the job's
 * expiry (`EVENT_JOB_EXPIRY_SECONDS`, 30 s): a stalled server fails the attempt, which is retried,
 * rather than outlive the job and have it handed to another consumer meanwhile (which would then
 * wait on the row's lock, and find it sent).
 */
function transportFor(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport({
      url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 15_000,
    });
    transports.set(url, transport);
  }
  return transport;
}

const SUBJECTS: Readonly<Record<NotificationKind, string>> = {
  APPROVAL_REQUESTED: 'Une demande de libération de temps attend votre décision',
  APPROVAL_REMINDER: 'Rappel : une demande attend votre décision',
  APPLICATION_RELEASED: 'Votre supérieur a libéré votre temps',
  APPLICANT_RELEASED: 'Une candidature attend votre décision',
  APPLICATION_REFUSED: 'Votre demande de libération de temps a été refusée',
  APPLICATION_ACCEPTED: 'Candidature acceptée',
  APPLICATION_DECLINED: 'Candidature déclinée',
  MISSION_FILLED: 'Mission pourvue',
  APPLICATION_WITHDRAWN: 'Candidature retirée',
  APPLICATION_EXPIRED: 'Demande expirée',
  AGREEMENT_AMENDED: 'Nouvelle version de la convention de mission',
  COMPLETION_RECORDED: 'Heures réalisées à confirmer',
};

/** `MAIL_FROM`, else the programme's no-reply address. */
export function mailFrom(): string {
  return process.env.MAIL_FROM || 'Talents numériques <ne-pas-repondre@talents.numerique.gouv.fr>';
}

/**
 * The SMTP transport of `SMTP_URL`; without one, the e-mails of `notificationIds` are kept unsent
 * (and visible, `last_error`) rather than retried, and null is returned.
 */
export async function smtpTransportOr(
  manager: EntityManager,
  notificationIds: readonly string[],
): Promise<Transporter | null> {
  const url = process.env.SMTP_URL;
  if (url) return transportFor(url);
  await manager.query(
    `UPDATE "approvals"."notification_emails" SET "last_error" = 'SMTP_URL absent'
      WHERE "notification_id" = ANY($1::uuid[])`,
    [notificationIds],
  );
  return null;
}

export const EMAIL_FOOTER =
  'Vous recevez ce message parce que vous participez au programme Talents numériques. ' +
  'Vous pouvez choisir, pour chaque type de notification, de ne plus la recevoir par courriel, et de ' +
  'recevoir un récapitulatif par jour plutôt qu’un courriel par notification.';

/**
 * What a notification's e-mail offers to do: for a request to decide, its one-click links (each
 * opens a confirmation page first, written in the sending transaction); always, the page to open.
 */
export async function emailActions(
  manager: EntityManager,
  row: Pick<EmailRow, 'kind' | 'link' | 'recipient_agent_id' | 'application_id'>,
): Promise<string> {
  const base = (process.env.PUBLIC_URL ?? '').replace(/\/$/, '');
  let links = '';
  if (ONE_CLICK_KINDS.has(row.kind) && row.recipient_agent_id && row.application_id) {
    const tokens = await createApprovalLinks(manager, row.application_id, row.recipient_agent_id);
    links =
      `Libérer le temps demandé : ${base}/decision/${tokens.approve}\n` +
      `Refuser la demande : ${base}/decision/${tokens.refuse}\n` +
      `(Chaque lien ouvre une page de confirmation ; il ne sert qu’une fois et expire dans ${LINK_TTL_DAYS} jours.)\n`;
  }
  return `${links}Pour en savoir plus ou agir : ${base}${row.link}\n`;
}

export interface EmailRow {
  recipient: string;
  recipient_agent_id: string | null;
  application_id: string | null;
  sent_at: Date | null;
  kind: NotificationKind;
  text: string;
  link: string;
}

/**
 * Sends one e-mail, in the consumer's transaction, holding its row: a redelivered job finds it
 * sent and does nothing; a job whose SMTP server refuses is failed and retried by pg-boss. The
 * `Message-ID` is the notification's, so that the one case left — the process dies after the SMTP
 * server took the message and before the commit — is recognisable as the same message.
 */
export async function sendNotificationEmail(
  payload: { notificationId?: unknown },
  manager: EntityManager,
): Promise<void> {
  if (typeof payload.notificationId !== 'string' || !isUuid(payload.notificationId)) {
    throw new Error('Malformed notification.email event: notificationId is not a UUID');
  }
  const id = normaliseUuid(payload.notificationId);
  const [row] = (await manager.query(
    `SELECT e."recipient", e."sent_at", n."kind", n."text", n."link", n."recipient_agent_id", n."application_id"
       FROM "approvals"."notification_emails" e
       JOIN "approvals"."notifications" n ON n."id" = e."notification_id"
      WHERE e."notification_id" = $1
      FOR UPDATE OF e`,
    [id],
  )) as EmailRow[];
  if (!row || row.sent_at !== null) return;
  const transport = await smtpTransportOr(manager, [id]);
  if (!transport) return;
  await manager.query(
    `UPDATE "approvals"."notification_emails" SET "attempts" = "attempts" + 1 WHERE "notification_id" = $1`,
    [id],
  );
  const messageId = `<${id}@talents.numerique.gouv.fr>`;
  await transport.sendMail({
    from: mailFrom(),
    to: row.recipient,
    subject: `[Talents numériques] ${SUBJECTS[row.kind] ?? 'Notification'}`,
    messageId,
    text: `${row.text}\n\n` + (await emailActions(manager, row)) + '\n' + EMAIL_FOOTER,
  });
  await manager.query(
    `UPDATE "approvals"."notification_emails" SET "sent_at" = clock_timestamp(), "message_id" = $2, "last_error" = NULL
      WHERE "notification_id" = $1`,
    [id, messageId],
  );
}
