import type { MissionStatus } from '@talents/common';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What approvals knows of a mission, copied from `mission.changed` events: enough to decide who
 * may apply and who hosts it, without reading the missions schema.
 */
@Entity({ name: 'mission_projection' })
export class MissionProjectionEntity {
  @PrimaryColumn({ name: 'mission_id', type: 'uuid' })
  missionId!: string;

  /** Administration slug (`dinum`…), as missions and profiles name them. */
  @Column({ name: 'host_administration_id', type: 'text' })
  hostAdministrationId!: string;

  @Column({ type: 'text' })
  status!: MissionStatus;

  @Column({ type: 'integer' })
  seats!: number;

  /** Empty: open to every administration. */
  @Column({ name: 'restricted_to', type: 'text', array: true })
  restrictedTo!: string[];

  /** Last day to apply ('YYYY-MM-DD'); null when projected from an event that did not carry it. */
  @Column({ name: 'application_deadline', type: 'date', nullable: true })
  applicationDeadline!: string | null;

  /** The mission's contact agent, who hosts it beside the référents; null until an event carries it. */
  @Column({ name: 'contact_agent_id', type: 'uuid', nullable: true })
  contactAgentId!: string | null;

  /** First and last day of the schedule ('YYYY-MM-DD'); null until an event carries them. */
  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  /** Null on rows projected before the programme's numbers existed, until the next event or replay. */
  @Column({ type: 'text', nullable: true })
  kind!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  version!: Date;
}

/** What approvals knows of an agent, copied from `agent.changed` events. */
@Entity({ name: 'agent_projection' })
export class AgentProjectionEntity {
  @PrimaryColumn({ name: 'agent_id', type: 'uuid' })
  agentId!: string;

  @Column({ name: 'administration_id', type: 'text', nullable: true })
  administrationId!: string | null;

  @Column({ name: 'manager_id', type: 'uuid', nullable: true })
  managerId!: string | null;

  @Column({ type: 'boolean' })
  erased!: boolean;

  @Column({ type: 'timestamptz' })
  version!: Date;
}
