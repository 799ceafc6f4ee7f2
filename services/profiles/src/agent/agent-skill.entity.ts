import { SkillLevel } from '@talents/common';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'agent_skill' })
export class AgentSkillEntity {
  @PrimaryColumn({ type: 'uuid', name: 'agent_id' })
  agentId!: string;

  @PrimaryColumn({ type: 'text', name: 'skill_id' })
  skillId!: string;

  @Column({ type: 'text' })
  level!: SkillLevel;
}
