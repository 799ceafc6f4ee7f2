import { Entity, PrimaryColumn } from 'typeorm';

/** A member of the programme team (mission Talents numériques): the ADMIN role. */
@Entity({ name: 'programme_admin' })
export class ProgrammeAdminEntity {
  @PrimaryColumn({ type: 'uuid', name: 'agent_id' })
  agentId!: string;
}
