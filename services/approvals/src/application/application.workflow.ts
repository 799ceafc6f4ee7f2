import {
  ApplicationStatus,
  conflict,
  forbidden,
  hostsAdministration,
  isAdmin,
  type Viewer,
} from '@talents/common';

/**
 * The application's state machine: the one place that says which transition is allowed from which
 * status, and for whom. Every mutation asks `checkTransition` before it writes; the tests read
 * `TRANSITIONS` to try every pair of status and role.
 */
export type WorkflowAction = 'approve' | 'refuse' | 'accept' | 'decline' | 'withdraw' | 'expire' | 'complete';

/**
 * Who acts, relative to one application:
 * - APPLICANT: the agent who applied (or the programme team for them, as `withdraw` always allowed);
 * - MANAGER: the applicant's manager of record (or the approver the programme team named instead), their
 *   deputy for the day, or the programme team when there is none (their queue);
 * - HOST: a référent of the mission's host administration, or the mission's contact agent;
 * - SYSTEM: the hub itself (the automatic decline of a filled mission, the deadline's expiry).
 */
export type WorkflowRole = 'APPLICANT' | 'MANAGER' | 'HOST' | 'SYSTEM';

export interface TransitionRule {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  by: readonly WorkflowRole[];
  /** The transition takes a `DecisionReason` (and a text with OTHER). */
  reasoned: boolean;
}

/** The errors `conflict` and `forbidden` build (graphql's own type, without importing graphql here). */
type WorkflowError = ReturnType<typeof conflict>;

const S = ApplicationStatus;

/** Still alive: at most one per agent and mission (the partial unique index repeats this list). */
export const OPEN_STATUSES: readonly ApplicationStatus[] = [S.SUBMITTED, S.MANAGER_APPROVED, S.ACCEPTED];

export const TRANSITIONS: Readonly<Record<WorkflowAction, TransitionRule>> = {
  approve: { from: [S.SUBMITTED], to: S.MANAGER_APPROVED, by: ['MANAGER'], reasoned: false },
  refuse: { from: [S.SUBMITTED], to: S.REFUSED_BY_MANAGER, by: ['MANAGER'], reasoned: true },
  accept: { from: [S.MANAGER_APPROVED], to: S.ACCEPTED, by: ['HOST'], reasoned: false },
  // A host may decline before the manager's release too: nobody should wait for a known "no".
  decline: {
    from: [S.SUBMITTED, S.MANAGER_APPROVED],
    to: S.DECLINED_BY_HOST,
    by: ['HOST', 'SYSTEM'],
    reasoned: true,
  },
  withdraw: { from: OPEN_STATUSES, to: S.WITHDRAWN, by: ['APPLICANT'], reasoned: true },
  expire: { from: [S.SUBMITTED], to: S.EXPIRED, by: ['SYSTEM'], reasoned: false },
  // After the mission's end, the host records the hours actually spent (docs/outcomes.md).
  complete: { from: [S.ACCEPTED], to: S.COMPLETED, by: ['HOST'], reasoned: false },
};

/** French words for each status, as the refusals say where the application stands. */
export const STATUS_LABELS: Readonly<Record<ApplicationStatus, string>> = {
  [S.SUBMITTED]: 'déposée, en attente du supérieur hiérarchique',
  [S.MANAGER_APPROVED]: 'approuvée par le supérieur hiérarchique, en attente du porteur',
  [S.ACCEPTED]: 'acceptée par le porteur',
  [S.COMPLETED]: 'réalisée',
  [S.REFUSED_BY_MANAGER]: 'refusée par le supérieur hiérarchique',
  [S.DECLINED_BY_HOST]: 'déclinée par le porteur',
  [S.WITHDRAWN]: 'retirée par l’agent',
  [S.EXPIRED]: 'expirée faute de réponse du supérieur hiérarchique',
};

/** What the refusals name: the act, and who may do it. */
const ACTION_TEXT: Readonly<Record<WorkflowAction, { verb: string; done: string; who: string }>> = {
  approve: {
    verb: 'approuver',
    done: 'approuvée',
    who: 'le supérieur hiérarchique de l’agent (ou l’équipe du programme si l’agent n’en a pas)',
  },
  refuse: {
    verb: 'refuser',
    done: 'refusée',
    who: 'le supérieur hiérarchique de l’agent (ou l’équipe du programme si l’agent n’en a pas)',
  },
  accept: {
    verb: 'accepter',
    done: 'acceptée',
    who: 'les référents de l’administration d’accueil de la mission et son contact',
  },
  decline: {
    verb: 'décliner',
    done: 'déclinée',
    who: 'les référents de l’administration d’accueil de la mission et son contact',
  },
  withdraw: { verb: 'retirer', done: 'retirée', who: 'l’agent qui a candidaté' },
  expire: { verb: 'faire expirer', done: 'expirée', who: 'le hub, à l’échéance' },
  complete: {
    verb: 'clore',
    done: 'close',
    who: 'les référents de l’administration d’accueil de la mission et son contact',
  },
};

/** What is known of one application to tell who the viewer is to it. */
export interface ApplicationParties {
  agentId: string;
  /**
   * Who decides for the manager: the approver the programme team named, else the applicant's manager
   * of record; null: none (the programme team's queue).
   */
  managerId: string | null;
  /** The deputy the manager named for today (`delegateApprovals`): decides in their name. */
  deputyId?: string | null;
  hostAdministrationId: string | null;
  contactAgentId: string | null;
}

/** The roles `viewer` holds on the application (none: a stranger to it). */
export function rolesOf(viewer: Viewer, me: string | null, parties: ApplicationParties): Set<WorkflowRole> {
  const roles = new Set<WorkflowRole>();
  if (viewer.kind === 'system') roles.add('SYSTEM');
  if (!me) return roles;
  const admin = isAdmin(viewer);
  if (parties.agentId === me || admin) roles.add('APPLICANT');
  if (parties.managerId === null ? admin : parties.managerId === me) roles.add('MANAGER');
  if (parties.managerId !== null && parties.deputyId != null && parties.deputyId === me) roles.add('MANAGER');
  if (hostsAdministration(viewer, parties.hostAdministrationId) || parties.contactAgentId === me) {
    roles.add('HOST');
  }
  // Nobody decides on their own application as its manager or host.
  if (parties.agentId === me) {
    roles.delete('MANAGER');
    roles.delete('HOST');
  }
  return roles;
}

/** May someone with `roles` run `action` at all (whatever the status)? */
export function mayAct(action: WorkflowAction, roles: ReadonlySet<WorkflowRole>): boolean {
  return TRANSITIONS[action].by.some((role) => roles.has(role));
}

/** The actions allowed now from `status` to someone with `roles`. */
export function allowedActions(
  status: ApplicationStatus,
  roles: ReadonlySet<WorkflowRole>,
): WorkflowAction[] {
  return (Object.keys(TRANSITIONS) as WorkflowAction[]).filter(
    (action) => TRANSITIONS[action].from.includes(status) && mayAct(action, roles),
  );
}

/** FORBIDDEN naming the act and who may run it. */
export function forbiddenTransition(action: WorkflowAction): WorkflowError {
  const { verb, who } = ACTION_TEXT[action];
  return forbidden(`Vous ne pouvez pas ${verb} cette candidature : seuls ${who} le peuvent.`, 'id');
}

/** CONFLICT saying where the application stands and from where the act is possible. */
export function conflictingTransition(action: WorkflowAction, status: ApplicationStatus): WorkflowError {
  const rule = TRANSITIONS[action];
  const from = rule.from.map((allowed) => `« ${STATUS_LABELS[allowed]} »`).join(' ou ');
  const verb = ACTION_TEXT[action].verb;
  const of = /^[aeéiou]/.test(verb) ? 'd’' : 'de ';
  return conflict(
    `Impossible ${of}${verb} cette candidature : elle est ${STATUS_LABELS[status]}. ` +
      `Seule une candidature ${from} peut être ${ACTION_TEXT[action].done}.`,
    { field: 'id', status, action },
  );
}

/**
 * The check every transition runs, in this order: the person (FORBIDDEN), the version the client
 * read (CONFLICT on `expectedVersion`), then the status (CONFLICT). It throws; nothing was written.
 */
export function checkTransition(
  action: WorkflowAction,
  current: { status: ApplicationStatus; version: number },
  roles: ReadonlySet<WorkflowRole>,
  expectedVersion: number | null | undefined,
): TransitionRule {
  const rule = TRANSITIONS[action];
  if (!mayAct(action, roles)) throw forbiddenTransition(action);
  if (expectedVersion !== null && expectedVersion !== undefined && expectedVersion !== current.version) {
    throw conflict(
      `Cette candidature a changé depuis votre lecture (version ${expectedVersion}, elle est maintenant en ` +
        `version ${current.version}, ${STATUS_LABELS[current.status]}) : rechargez-la avant de décider.`,
      { field: 'expectedVersion', version: current.version, status: current.status },
    );
  }
  if (!rule.from.includes(current.status)) throw conflictingTransition(action, current.status);
  return rule;
}
