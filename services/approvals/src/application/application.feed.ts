import {
  ApplicationStatus,
  decodeFeedCursor,
  denied,
  isUuid,
  LoaderRegistry,
  normaliseUuid,
  type FeedChannel,
  type FeedEvent,
  type FeedHub,
  type FeedRow,
  type RequestContext,
} from '@talents/common';
import type { DataSource } from 'typeorm';
import { auditApplicationsRead, viewerAgentId } from './application.access';
import type { ApplicationEntity } from './application.entity';
import { APPLICATION_UPDATE_TOPIC, type ApplicationUpdatePayload } from './application.events';
import { toApplication } from './application.mapper';
import { fromRow, type ApplicationRow } from './application.service';
import { approvalsToday } from '../deadline/clock';
import { ApplicationUpdate } from './application.types';

/** One per subscription (the hub tells subscribers apart by identity): the agent it runs for. */
interface ApplicationSubscriber {
  agentId: string;
}

/** What a feed row becomes for the subscribers entitled to it. */
export interface ApplicationDelivery {
  application: ApplicationEntity;
  status: ApplicationStatus;
  occurredAt: Date;
}

const STATUSES = new Set<string>(Object.values(ApplicationStatus));

/** A row this code did not write (or an older shape) is skipped rather than pushed half-read. */
function payloadOf(row: FeedRow): ApplicationUpdatePayload | null {
  const { applicationId, agentId, missionId, status, occurredAt } = row.payload;
  if (typeof applicationId !== 'string' || !isUuid(applicationId)) return null;
  if (typeof agentId !== 'string' || !isUuid(agentId)) return null;
  if (typeof status !== 'string' || !STATUSES.has(status)) return null;
  if (typeof occurredAt !== 'string' || Number.isNaN(Date.parse(occurredAt))) return null;
  return {
    applicationId: normaliseUuid(applicationId),
    agentId: normaliseUuid(agentId),
    missionId: typeof missionId === 'string' ? missionId : '',
    status,
    occurredAt,
  };
}

interface LoadedApplication {
  entity: ApplicationEntity;
  /**
   * Who decides for the manager now: the approver the programme team named, else the applicant's
   * manager of record (`agent_projection`, fed by `agent.changed`).
   */
  managerId: string | null;
  /** The deputy that approver named for today, if any. */
  deputyId: string | null;
}

/** The application as it is now, its approver and their deputy today: one statement per feed row. */
async function loadApplication(db: DataSource, applicationId: string): Promise<LoadedApplication | null> {
  const [row] = (await db.query(
    `SELECT a.*, coalesce(a."approver_agent_id", p."manager_id") AS "approver_id",
            (SELECT d."deputy_agent_id" FROM "approvals"."approval_delegations" d
              WHERE d."manager_agent_id" = coalesce(a."approver_agent_id", p."manager_id")
                AND d."revoked_at" IS NULL AND $2::date BETWEEN d."starts_on" AND d."ends_on"
              ORDER BY d."created_at" DESC LIMIT 1) AS "deputy_id"
       FROM "approvals"."applications" a
       LEFT JOIN "approvals"."agent_projection" p ON p."agent_id" = a."agent_id"
      WHERE a."id" = $1`,
    [applicationId, approvalsToday()],
  )) as Array<ApplicationRow & { approver_id: string | null; deputy_id: string | null }>;
  if (!row) return null;
  return { entity: fromRow(row), managerId: row.approver_id, deputyId: row.deputy_id };
}

function deliveryOf(entity: ApplicationEntity, payload: ApplicationUpdatePayload): ApplicationDelivery {
  return {
    application: entity,
    status: payload.status as ApplicationStatus,
    occurredAt: new Date(payload.occurredAt),
  };
}

function deliverTo(
  subscribers: readonly ApplicationSubscriber[],
  delivery: ApplicationDelivery,
): Map<ApplicationSubscriber, ApplicationDelivery> {
  return new Map(subscribers.map((subscriber) => [subscriber, delivery]));
}

interface ApplicationChannels {
  mine: FeedChannel<ApplicationSubscriber, ApplicationDelivery>;
  inbox: FeedChannel<ApplicationSubscriber, ApplicationDelivery>;
}

/**
 * The hub batches the subscribers of one channel object: one pair of channels per data source
 * (per subgraph process), shared by every subscription.
 */
const channelsByDatabase = new WeakMap<DataSource, ApplicationChannels>();

function channelsOf(db: DataSource): ApplicationChannels {
  let channels = channelsByDatabase.get(db);
  if (channels) return channels;
  channels = {
    // The applicant: picked from the row itself; the application is read only when someone waits.
    mine: {
      topic: APPLICATION_UPDATE_TOPIC,
      async deliver(row, subscribers) {
        const payload = payloadOf(row);
        if (!payload) return new Map();
        const applicants = subscribers.filter((subscriber) => subscriber.agentId === payload.agentId);
        if (applicants.length === 0) return new Map();
        const loaded = await loadApplication(db, payload.applicationId);
        if (!loaded) return new Map();
        return deliverTo(applicants, deliveryOf(loaded.entity, payload));
      },
    },
    // The applicant's manager as `agent_projection` says now (or the approver the programme team
    // named), and their deputy for today: the rule `application(id)` applies, so a manager who lost
    // a report stops hearing of them, and a new manager or deputy starts at once.
    inbox: {
      topic: APPLICATION_UPDATE_TOPIC,
      async deliver(row, subscribers) {
        const payload = payloadOf(row);
        if (!payload) return new Map();
        const loaded = await loadApplication(db, payload.applicationId);
        if (!loaded || loaded.managerId === null) return new Map();
        const deciders = new Set([loaded.managerId, loaded.deputyId]);
        // Nobody hears of their own application here.
        deciders.delete(loaded.entity.agentId);
        const managers = subscribers.filter((subscriber) => deciders.has(subscriber.agentId));
        return deliverTo(managers, deliveryOf(loaded.entity, payload));
      },
    },
  };
  channelsByDatabase.set(db, channels);
  return channels;
}

function feedOf(ctx: RequestContext): FeedHub {
  // approvalsSubgraph declares `feed: true`: a missing hub is a wiring bug, not a client error.
  if (!ctx.feed) throw new Error('The approvals subgraph was started without its live feed.');
  return ctx.feed;
}

export type ApplicationUpdateField = 'myApplicationUpdates' | 'approvalInboxUpdates';

const REFUSALS: Readonly<Record<ApplicationUpdateField, string>> = {
  myApplicationUpdates: 'Le suivi en direct de ses candidatures est réservé aux agents connectés.',
  approvalInboxUpdates:
    'Le suivi en direct des demandes des agents que l’on encadre est réservé aux agents connectés.',
};

/**
 * Starts one subscription: a signed-in agent only (UNAUTHENTICATED for anonymous callers,
 * FORBIDDEN for API clients and the gateway's own token), then the cursor (BAD_USER_INPUT on
 * `after`). Which events the agent receives is decided per event by the channel.
 */
export function subscribeToApplicationUpdates(
  ctx: RequestContext,
  field: ApplicationUpdateField,
  after: unknown,
): AsyncIterableIterator<FeedEvent<ApplicationDelivery>> {
  const me = viewerAgentId(ctx.viewer);
  if (!me) throw denied(ctx.viewer, REFUSALS[field], field);
  const position = decodeFeedCursor(typeof after === 'string' ? after : null);
  const channels = channelsOf(ctx.db);
  return feedOf(ctx).subscribe(
    field === 'myApplicationUpdates' ? channels.mine : channels.inbox,
    { agentId: me },
    position,
  );
}

/**
 * One event as the API shows it. The context lives as long as the subscription: each event gets
 * fresh loaders (nothing cached from an earlier event) and its audit of someone else's
 * application is written before the event leaves, as a response's would be.
 */
export async function toApplicationUpdate(
  ctx: RequestContext,
  event: FeedEvent<ApplicationDelivery>,
  field: ApplicationUpdateField,
): Promise<ApplicationUpdate> {
  const { application, status, occurredAt } = event.value;
  ctx.loaders = new LoaderRegistry(ctx.db, ctx.viewer);
  auditApplicationsRead(ctx, application.agentId, field);
  try {
    await ctx.audit.flush();
  } catch (error) {
    ctx.logger.error({ err: error }, 'audit of personal-data reads failed');
  }
  return Object.assign(new ApplicationUpdate(), {
    cursor: event.cursor,
    application: toApplication(application),
    status,
    occurredAt,
  });
}
