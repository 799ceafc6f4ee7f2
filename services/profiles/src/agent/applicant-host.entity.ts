import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Projection of approvals' `application.changed` events: the agent applied to a mission hosted by
 * this administration (in any status, withdrawn included), so its hosts may see their contact details.
 */
@Entity({ name: 'applicant_host' })
export class ApplicantHostEntity {
  @PrimaryColumn({ type: 'uuid', name: 'agent_id' })
  agentId!: string;

  @PrimaryColumn({ type: 'text', name: 'administration_id' })
  administrationId!: string;

  /** The newest event applied: older copies of an event are ignored. */
  @Column({ type: 'timestamptz' })
  version!: Date;
}
