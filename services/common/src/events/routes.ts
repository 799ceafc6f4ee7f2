/**
 * Who consumes which domain event: the contract between subgraphs' projections
 * (docs/architecture.md). A publisher writes one job per consumer, in its own transaction.
 */
export const EVENT_ROUTES = {
  /** missions → approvals: host administration, status, seats and restrictions of a mission. */
  'mission.changed': ['approvals'],
  /**
   * approvals → profiles: which administrations an agent applied to (who may see their contact details);
   * approvals → approvals: the notifications of each step (services/approvals/src/notification).
   */
  'application.changed': ['profiles', 'approvals'],
  /**
   * profiles → approvals: an agent's administration and manager, and their erasure;
   * profiles → missions: the same plus what matching reads (skills, availability, work mode, city).
   */
  'agent.changed': ['approvals', 'missions'],
  /**
   * approvals → missions: the last seat of a mission was taken (`filled: true`: missions moves it to
   * FILLED), or a seat of a filled mission was freed (`filled: false`: reopened if still upcoming).
   */
  'mission.filled': ['missions'],
  /**
   * approvals → approvals: a pending request's manager is reminded (half-time, last day); the
   * notifications of approvals consume it. Published once per kind and application by the sweep.
   */
  'approval.reminder': ['approvals'],
  /**
   * approvals → approvals: one notification's e-mail to send (services/approvals/src/notification),
   * a durable job written in the transaction that creates the notification.
   */
  'notification.email': ['approvals'],
  /**
   * approvals → approvals: one person's daily digest to send (the e-mails they chose to receive
   * grouped once a day), published once per person and day by the sweep.
   */
  'notification.digest': ['approvals'],
  /**
   * approvals → profiles: the skills the host endorsed for one completed application (all of them,
   * never a diff); profiles keeps them as evidence on the agent's skills and tells missions through
   * `agent.changed`.
   */
  'skills.endorsed': ['profiles'],
} as const satisfies Record<string, readonly string[]>;

export type EventType = keyof typeof EVENT_ROUTES;

/** pg-boss queue of one consumer for one event type, e.g. `approvals__mission_changed`. */
export function queueName(consumer: string, type: string): string {
  return `${consumer}__${type.replace(/\W/g, '_')}`;
}

export function consumersOf(type: string): readonly string[] {
  return (EVENT_ROUTES as Record<string, readonly string[]>)[type] ?? [];
}
