import { ApplicationStatus, type DecisionReason } from '@talents/common';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Statuses in which an application is still alive: at most one of these per agent and mission (the
 * partial unique index below repeats this list).
 */
export const ACTIVE_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.MANAGER_APPROVED,
  ApplicationStatus.ACCEPTED,
];

/** Statuses from which the agent may still withdraw (application.workflow.ts says so too). */
export const WITHDRAWABLE_STATUSES: readonly ApplicationStatus[] = ACTIVE_STATUSES;

/** Statuses that end an application negatively: the table requires a reason on each of them. */
export const REASONED_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.WITHDRAWN,
  ApplicationStatus.REFUSED_BY_MANAGER,
  ApplicationStatus.DECLINED_BY_HOST,
];

/** Name of the partial unique index: one application per agent and idempotency key of `apply`. */
export const IDEMPOTENCY_KEY_INDEX = 'applications_idempotency_key';

/** Name of the partial unique index enforcing one active application per agent and mission. */
export const ONE_ACTIVE_APPLICATION_INDEX = 'applications_one_active_per_agent_mission';

/** A row of `approvals.applications`; what the API shows is `Application` (application.types.ts). */
@Entity({ name: 'applications' })
export class ApplicationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Id of a profiles `Agent`; not a foreign key, the row lives in another schema. */
  @Column({ name: 'agent_id', type: 'uuid' })
  agentId!: string;

  /** Id of a missions `Mission`; not a foreign key, the row lives in another schema. */
  @Column({ name: 'mission_id', type: 'uuid' })
  missionId!: string;

  /**
   * Host administration of the mission, copied from the mission projection when the application is
   * filed (null on rows filed before the projection existed): `application.changed` carries it.
   */
  @Column({ name: 'host_administration_id', type: 'text', nullable: true })
  hostAdministrationId!: string | null;

  /** Empty once the agent's account is erased (see `erasedAt`). */
  @Column({ type: 'text' })
  motivation!: string;

  @Column({ name: 'proposed_hours', type: 'integer' })
  proposedHours!: number;

  @Column({ type: 'text' })
  status!: ApplicationStatus;

  /** Required by the table for WITHDRAWN, REFUSED_BY_MANAGER and DECLINED_BY_HOST rows. */
  @Column({ type: 'text', nullable: true })
  reason!: DecisionReason | null;

  @Column({ name: 'reason_text', type: 'text', nullable: true })
  reasonText!: string | null;

  /** 1 when filed, + 1 on every transition: a decision taken on an older read is refused. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Hours the manager released, when fewer than proposed; null: the proposed hours. */
  @Column({ name: 'approved_hours', type: 'integer', nullable: true })
  approvedHours!: number | null;

  /** The manager released the time beyond the agent's annual budget (explicit, audited). */
  @Column({ name: 'beyond_budget', type: 'boolean', default: false })
  beyondBudget!: boolean;

  /**
   * Last day ('YYYY-MM-DD', Paris) for the manager to answer a SUBMITTED application:
   * `APPROVAL_DEADLINE_DAYS` French working days after the filing; it expires the day after.
   */
  @Column({ type: 'date', nullable: true })
  deadline!: string | null;

  /** Day of the half-time reminder to the manager (deadline.sweep.ts). */
  @Column({ name: 'half_time_on', type: 'date', nullable: true })
  halfTimeOn!: string | null;

  /**
   * The approver the programme team named in place of a manager of record who is missing or gone;
   * null: the manager of record (projected from profiles) decides.
   */
  @Column({ name: 'approver_agent_id', type: 'uuid', nullable: true })
  approverAgentId!: string | null;

  /** Who released the time (the manager of record, their deputy or a named approver). */
  @Column({ name: 'released_by_agent_id', type: 'uuid', nullable: true })
  releasedByAgentId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  /** Set when the applicant's account was erased: free text blanked, statuses and dates kept. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;
}
