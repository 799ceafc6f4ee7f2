import { createHash, randomBytes } from 'node:crypto';
import {
  agentViewer,
  AuditTrail,
  badUserInput,
  conflict,
  DecisionReason,
  forbidden,
  LoaderRegistry,
  type RequestContext,
} from '@talents/common';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { viewerAgentId } from '../application/application.access';
import { transitionApplication } from '../application/application.transitions';
import type { Application } from '../application/application.types';

@ObjectType('ApprovalLink', {
  description: 'Ce que ferait un lien de décision d’un courriel (page de confirmation) ; le lire n’agit pas.',
})
export class ApprovalLink {
  @Field({ description: '`APPROVE` : libérer le temps demandé ; `REFUSE` : refuser la demande.' })
  action!: string;

  @Field(() => ID, { description: 'Candidature concernée.' })
  applicationId!: string;

  @Field(() => GraphQLISODateTime, { description: 'Fin de validité du lien.' })
  expiresAt!: Date;

  @Field({
    description: 'Vrai si le lien peut encore servir (ni utilisé, ni expiré, ni destiné à un autre).',
  })
  usable!: boolean;

  @Field(() => String, { nullable: true, description: 'Pourquoi le lien ne peut plus servir, en français.' })
  problem!: string | null;
}

/** How long a link of an e-mail stays usable. */
export const LINK_TTL_DAYS = 7;

export type LinkAction = 'approve' | 'refuse';

function hashOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Two links for the person who must decide, written in the transaction that sends the e-mail:
 * rolled back with it if the sending fails. Only the hashes are kept; the tokens leave in the
 * e-mail and nowhere else.
 */
export async function createApprovalLinks(
  manager: EntityManager,
  applicationId: string,
  agentId: string,
): Promise<Record<LinkAction, string>> {
  const tokens = {
    approve: randomBytes(32).toString('base64url'),
    refuse: randomBytes(32).toString('base64url'),
  };
  for (const action of ['approve', 'refuse'] as const) {
    await manager.query(
      `INSERT INTO "approvals"."approval_links" ("token_hash", "application_id", "agent_id", "action", "expires_at")
       VALUES ($1, $2, $3, $4, now() + make_interval(days => $5))`,
      [hashOf(tokens[action]), applicationId, agentId, action, LINK_TTL_DAYS],
    );
  }
  return tokens;
}

interface LinkRow {
  application_id: string;
  agent_id: string;
  action: LinkAction;
  expires_at: Date;
  used_at: Date | null;
}

const UNKNOWN = 'Ce lien de décision n’existe pas : ouvrez la demande dans « Demandes à valider ».';

/**
 * What a link would do, for the confirmation page: never acts. Unknown, used or expired links are
 * said as such, so the page can tell the person what to do instead.
 */
export async function describeLink(ctx: RequestContext, token: string): Promise<ApprovalLink> {
  const [row] = (await ctx.db.query(
    `SELECT "application_id", "agent_id", "action", "expires_at", "used_at"
       FROM "approvals"."approval_links" WHERE "token_hash" = $1`,
    [hashOf(token)],
  )) as LinkRow[];
  if (!row) throw badUserInput('token', UNKNOWN);
  const problem = problemOf(ctx, row);
  return Object.assign(new ApprovalLink(), {
    action: row.action === 'approve' ? 'APPROVE' : 'REFUSE',
    applicationId: row.application_id,
    expiresAt: row.expires_at,
    usable: problem === null,
    problem: problem?.message ?? null,
  });
}

function problemOf(ctx: RequestContext, row: LinkRow): Error | null {
  if (row.used_at !== null)
    return conflict('Ce lien de décision a déjà servi : il ne vaut qu’une fois.', { field: 'token' });
  if (row.expires_at.getTime() <= Date.now()) {
    return conflict('Ce lien de décision a expiré : décidez depuis « Demandes à valider ».', {
      field: 'token',
    });
  }
  const me = viewerAgentId(ctx.viewer);
  if (me !== null && me !== row.agent_id) {
    return forbidden(
      'Ce lien de décision a été envoyé à une autre personne : il ne vaut que pour elle.',
      'token',
    );
  }
  return null;
}

/**
 * Uses a link: once, before its expiry, by the person it was sent to (a signed-in other person is
 * refused; the token itself stands for its recipient otherwise). The link is spent under its row
 * lock before the decision, so two uses at once cannot both act; a decision that the workflow then
 * refuses (the request moved on, a stale state) gives the link back.
 */
export async function useApprovalLink(
  ctx: RequestContext,
  token: string,
  reason: DecisionReason | null,
  reasonText: string | null,
): Promise<Application> {
  const hash = hashOf(token);
  const row = await ctx.db.transaction(async (manager) => {
    const [found] = (await manager.query(
      `SELECT "application_id", "agent_id", "action", "expires_at", "used_at"
         FROM "approvals"."approval_links" WHERE "token_hash" = $1 FOR UPDATE`,
      [hash],
    )) as LinkRow[];
    if (!found) throw badUserInput('token', UNKNOWN);
    const problem = problemOf(ctx, found);
    if (problem) throw problem;
    if (found.action === 'refuse' && !reason) {
      throw badUserInput('reason', 'Choisissez le motif du refus.');
    }
    // Both links of the request are spent: one decision per e-mail.
    await manager.query(
      `UPDATE "approvals"."approval_links" SET "used_at" = clock_timestamp()
        WHERE "application_id" = $1 AND "agent_id" = $2 AND "used_at" IS NULL`,
      [found.application_id, found.agent_id],
    );
    return found;
  });
  // The decision is the recipient's, and audited as theirs (the link stood for them).
  const viewer = agentViewer(row.agent_id);
  const asRecipient: RequestContext = {
    requestId: ctx.requestId,
    headers: ctx.headers,
    // Loaders may filter by who asks: the recipient's own, not the caller's.
    loaders: new LoaderRegistry(ctx.db, viewer),
    db: ctx.db,
    logger: ctx.logger,
    feed: ctx.feed,
    viewer,
    audit: new AuditTrail(ctx.db, 'approvals', viewer, ctx.requestId),
  };
  try {
    return await (row.action === 'approve'
      ? transitionApplication(asRecipient, 'approve', row.application_id, {})
      : transitionApplication(asRecipient, 'refuse', row.application_id, {
          reason,
          reasonText,
        }));
  } catch (error) {
    await ctx.db.query(
      `UPDATE "approvals"."approval_links" SET "used_at" = NULL WHERE "application_id" = $1 AND "agent_id" = $2`,
      [row.application_id, row.agent_id],
    );
    throw error;
  }
}
