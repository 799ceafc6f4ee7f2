import { Entity, PrimaryColumn } from 'typeorm';

/** An administration the agent hides from: the directory does not list them to its agents and hosts. */
@Entity({ name: 'agent_hidden_from' })
export class AgentHiddenFromEntity {
  @PrimaryColumn({ type: 'uuid', name: 'agent_id' })
  agentId!: string;

  @PrimaryColumn({ type: 'text', name: 'administration_id' })
  administrationId!: string;
}
