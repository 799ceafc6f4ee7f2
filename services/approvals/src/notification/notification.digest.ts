import {
  denied,
  frenchDate,
  isUuid,
  normaliseUuid,
  publishEvent,
  todayInParis,
  type DomainEvent,
  type RequestContext,
} from '@talents/common';
import type { DataSource, EntityManager } from 'typeorm';
import { viewerAgentId } from '../application/application.access';
import { EMAIL_FOOTER, emailActions, mailFrom, smtpTransportOr, type EmailRow } from './notification.email';

/*
 * The daily digest: a person who chose it gets their notification e-mails grouped into one message
 * a day, at `NOTIFICATION_DIGEST_HOUR` in Paris. Their e-mail rows are written as usual, marked
 * `digest`, with no job of their own; the approvals sweep, once the hour has come, writes one
 * `notification_digests` row per person and day with its `notification.digest` job (the row makes
 * it once across replicas and sweeps), and the job sends whatever is waiting, once.
 */

/** `NOTIFICATION_DIGEST_HOUR`: hour of the day, in Paris, from which the digests leave (default 8). */
export function digestHour(): number {
  const raw = process.env.NOTIFICATION_DIGEST_HOUR;
  if (raw === undefined || raw.trim() === '') return 8;
  const hour = Number(raw);
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new Error(`NOTIFICATION_DIGEST_HOUR doit être une heure entière de 0 à 23 (reçu « ${raw} »).`);
  }
  return hour;
}

const PARIS_HOUR = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hour: 'numeric',
  hourCycle: 'h23',
});

function hourInParis(now: Date): number {
  const hour = PARIS_HOUR.formatToParts(now).find((part) => part.type === 'hour')?.value;
  return Number(hour);
}

export interface NotificationDigestPayload {
  agentId: string;
  /** The Paris day of the digest, 'YYYY-MM-DD'. */
  day: string;
}

function notificationDigestEvent(payload: NotificationDigestPayload): DomainEvent<NotificationDigestPayload> {
  return {
    type: 'notification.digest',
    key: `${payload.agentId}:${payload.day}`,
    payload: { ...payload, version: new Date().toISOString() },
  };
}

const BATCH = 50;

/**
 * The sweep's step: from the digest hour on, one digest a day for each person with e-mails
 * waiting. Returns how many it published.
 */
export async function scheduleDailyDigests(db: DataSource, now: Date): Promise<number> {
  if (hourInParis(now) < digestHour()) return 0;
  const day = todayInParis(now);
  let total = 0;
  for (;;) {
    const found = await db.transaction(async (manager) => {
      const people = (await manager.query(
        `SELECT DISTINCT n."recipient_agent_id" AS "agent_id"
           FROM "approvals"."notification_emails" e
           JOIN "approvals"."notifications" n ON n."id" = e."notification_id"
          WHERE e."digest" AND e."sent_at" IS NULL AND n."recipient_agent_id" IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM "approvals"."notification_digests" d
                             WHERE d."agent_id" = n."recipient_agent_id" AND d."day" = $1::date)
          LIMIT ${BATCH}`,
        [day],
      )) as Array<{ agent_id: string }>;
      for (const { agent_id: agentId } of people) {
        // A replica sweeping at the same time waits on this row, then finds it taken.
        const inserted = (await manager.query(
          `INSERT INTO "approvals"."notification_digests" ("agent_id", "day") VALUES ($1, $2)
           ON CONFLICT DO NOTHING RETURNING "agent_id"`,
          [agentId, day],
        )) as unknown[];
        if (inserted.length === 0) continue;
        await publishEvent(manager, notificationDigestEvent({ agentId, day }));
        total += 1;
      }
      return people.length;
    });
    if (found < BATCH) return total;
  }
}

type DigestRow = EmailRow & { notification_id: string; created_at: Date };

const TIME = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * Sends one person's digest, in the consumer's transaction, holding the digest's row and the rows
 * of the e-mails it carries: a redelivered job finds it sent; a refusing SMTP server fails the job,
 * which is retried, and nothing is marked sent.
 */
export async function sendDailyDigest(
  payload: { agentId?: unknown; day?: unknown },
  manager: EntityManager,
): Promise<void> {
  if (typeof payload.agentId !== 'string' || !isUuid(payload.agentId) || typeof payload.day !== 'string') {
    throw new Error('Malformed notification.digest event: agentId or day missing');
  }
  const agentId = normaliseUuid(payload.agentId);
  const [digest] = (await manager.query(
    `SELECT "sent_at" FROM "approvals"."notification_digests" WHERE "agent_id" = $1 AND "day" = $2::date FOR UPDATE`,
    [agentId, payload.day],
  )) as Array<{ sent_at: Date | null }>;
  if (!digest || digest.sent_at !== null) return;
  const rows = (await manager.query(
    `SELECT e."notification_id", e."recipient", e."sent_at", n."kind", n."text", n."link",
            n."recipient_agent_id", n."application_id", n."created_at"
       FROM "approvals"."notification_emails" e
       JOIN "approvals"."notifications" n ON n."id" = e."notification_id"
      WHERE n."recipient_agent_id" = $1 AND e."digest" AND e."sent_at" IS NULL
      ORDER BY n."created_at", n."id"
      FOR UPDATE OF e`,
    [agentId],
  )) as DigestRow[];
  const ids = rows.map((row) => row.notification_id);
  const messageId = `<digest-${agentId}-${payload.day}@talents.numerique.gouv.fr>`;
  if (rows.length > 0) {
    const transport = await smtpTransportOr(manager, ids);
    if (!transport) return;
    await manager.query(
      `UPDATE "approvals"."notification_emails" SET "attempts" = "attempts" + 1
        WHERE "notification_id" = ANY($1::uuid[])`,
      [ids],
    );
    const items: string[] = [];
    for (const row of rows) {
      items.push(`• ${TIME.format(row.created_at)} — ${row.text}\n${await emailActions(manager, row)}`);
    }
    const count = rows.length === 1 ? 'une notification' : `${rows.length} notifications`;
    await transport.sendMail({
      from: mailFrom(),
      // The newest address the person is known by.
      to: rows[rows.length - 1]!.recipient,
      subject: `[Talents numériques] Votre récapitulatif du ${frenchDate(payload.day)} : ${count}`,
      messageId,
      text:
        `Voici ce qui s’est passé depuis votre dernier récapitulatif (${count}).\n\n` +
        `${items.join('\n')}\n${EMAIL_FOOTER}`,
    });
    await manager.query(
      `UPDATE "approvals"."notification_emails" SET "sent_at" = clock_timestamp(), "message_id" = $2, "last_error" = NULL
        WHERE "notification_id" = ANY($1::uuid[])`,
      [ids, messageId],
    );
  }
  await manager.query(
    `UPDATE "approvals"."notification_digests" SET "sent_at" = clock_timestamp(), "emails" = $3, "message_id" = $4
      WHERE "agent_id" = $1 AND "day" = $2::date`,
    [agentId, payload.day, rows.length, rows.length > 0 ? messageId : null],
  );
}

function checkSelf(ctx: RequestContext, agentId: string | null, field: string): string {
  const me = viewerAgentId(ctx.viewer);
  if (!me || (agentId !== null && me !== normaliseUuid(agentId))) {
    throw denied(
      ctx.viewer,
      'Le choix du récapitulatif quotidien n’appartient qu’à la personne elle-même.',
      field,
    );
  }
  return me;
}

/** `Agent.dailyDigest`: the person's own choice (false until they make one). */
export async function dailyDigestOf(ctx: RequestContext, agentId: string): Promise<boolean> {
  const me = checkSelf(ctx, agentId, 'dailyDigest');
  const [row] = (await ctx.db.query(
    'SELECT "daily_digest" FROM "approvals"."notification_settings" WHERE "agent_id" = $1',
    [me],
  )) as Array<{ daily_digest: boolean }>;
  return row?.daily_digest ?? false;
}

/**
 * `setDailyDigest`: from now on, the person's e-mails wait for the digest, or leave one by one.
 * Turning it off sends nothing already waiting at once: it leaves with the next digest.
 */
export async function setDailyDigest(ctx: RequestContext, enabled: boolean): Promise<boolean> {
  const me = checkSelf(ctx, null, 'setDailyDigest');
  await ctx.db.query(
    `INSERT INTO "approvals"."notification_settings" ("agent_id", "daily_digest") VALUES ($1, $2)
     ON CONFLICT ("agent_id") DO UPDATE SET "daily_digest" = EXCLUDED."daily_digest", "updated_at" = now()`,
    [me, enabled],
  );
  return enabled;
}
