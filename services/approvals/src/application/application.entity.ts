import { ApplicationStatus, DecisionReason } from '@talents/common';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Agent } from '../agent/agent.types';
import { Mission } from '../mission/mission.types';

/** Statuses in which an application is still alive: at most one of these per agent and mission. */
export const ACTIVE_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.MANAGER_APPROVED,
  ApplicationStatus.ACCEPTED,
];

/** Statuses from which the agent may still withdraw. */
export const WITHDRAWABLE_STATUSES: readonly ApplicationStatus[] = ACTIVE_STATUSES;

/** Name of the partial unique index enforcing one active application per agent and mission. */
export const ONE_ACTIVE_APPLICATION_INDEX = 'applications_one_active_per_agent_mission';

@Directive('@key(fields: "id")')
@ObjectType('Application', {
  description: 'Candidature d’un agent à une mission, de son dépôt à sa réalisation ou à son retrait.',
})
@Entity({ name: 'applications' })
export class Application {
  @Field(() => ID, { description: 'Identifiant de la candidature (UUID).' })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'agent_id', type: 'uuid' })
  agentId!: string;

  @Column({ name: 'mission_id', type: 'uuid' })
  missionId!: string;

  @Field(() => Agent, { description: 'Agent qui candidate.' })
  agent?: Agent;

  @Field(() => Mission, { description: 'Mission visée par la candidature.' })
  mission?: Mission;

  @Field({ description: 'Motivation exprimée par l’agent (20 à 2 000 caractères).' })
  @Column({ type: 'text' })
  motivation!: string;

  @Field(() => Int, {
    description: 'Nombre d’heures que l’agent propose de consacrer à la mission (1 à 105).',
  })
  @Column({ name: 'proposed_hours', type: 'integer' })
  proposedHours!: number;

  @Field(() => ApplicationStatus, { description: 'Étape du cycle de vie de la candidature.' })
  @Column({ type: 'text' })
  status!: ApplicationStatus;

  @Field(() => DecisionReason, {
    nullable: true,
    description:
      'Motif du dernier refus, déclin ou retrait ; vide tant qu’aucune décision négative n’a été prise.',
  })
  @Column({ type: 'text', nullable: true })
  reason!: DecisionReason | null;

  @Field(() => String, {
    nullable: true,
    description: 'Précision libre sur le motif (obligatoire pour le motif « Autre »).',
  })
  @Column({ name: 'reason_text', type: 'text', nullable: true })
  reasonText!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'Date et heure du dépôt de la candidature.' })
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'Date et heure de la dernière modification.' })
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
