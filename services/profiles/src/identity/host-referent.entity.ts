import { Entity, PrimaryColumn } from 'typeorm';

/** An agent référent (host) of an administration: they post and manage its missions. */
@Entity({ name: 'host_referent' })
export class HostReferentEntity {
  @PrimaryColumn({ type: 'uuid', name: 'agent_id' })
  agentId!: string;

  @PrimaryColumn({ type: 'text', name: 'administration_id' })
  administrationId!: string;
}
