import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A skill a host endorsed for one completed application, as approvals announced it
 * (`skills.endorsed`): evidence on the agent's skill, whether the agent declared it or not.
 */
@Entity({ name: 'skill_endorsement' })
export class SkillEndorsementEntity {
  @PrimaryColumn({ type: 'uuid', name: 'application_id' })
  applicationId!: string;

  @PrimaryColumn({ type: 'text', name: 'skill_id' })
  skillId!: string;

  @Column({ type: 'uuid', name: 'agent_id' })
  agentId!: string;

  @Column({ type: 'uuid', name: 'mission_id' })
  missionId!: string;

  /** The host (référent or the mission's contact) who endorsed it. */
  @Column({ type: 'uuid', name: 'endorsed_by' })
  endorsedBy!: string;

  @Column({ type: 'timestamptz', name: 'endorsed_at' })
  endorsedAt!: Date;
}
