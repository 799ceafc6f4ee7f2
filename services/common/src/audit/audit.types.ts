import { GraphQLJSON } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { PageInfo } from '../pagination';

@Directive('@shareable')
@ObjectType({ description: 'Une ligne du journal d’audit d’un service : qui, quand, quoi, avant et après.' })
export class AuditEntry {
  @Field(() => ID, { description: 'Identifiant de la ligne.' })
  id!: string;

  @Field({ description: 'Instant de l’action.' })
  at!: Date;

  @Field({ description: 'Nature de l’auteur : agent, client (système d’un ministère), anonymous ou system.' })
  actorKind!: string;

  @Field({ description: 'Identifiant de l’auteur : agent, client d’API ou passerelle.' })
  actorId!: string;

  @Field({
    description:
      'Action, par exemple `mission.publish`, `agent.updateProfile` ou `personalData.read` pour une consultation.',
  })
  action!: string;

  @Field({ description: 'Type de l’objet concerné (Agent, Mission, Application…).' })
  entityType!: string;

  @Field({ description: 'Identifiant de l’objet concerné.' })
  entityId!: string;

  @Field(() => ID, { nullable: true, description: 'Agent dont les données personnelles sont concernées.' })
  subjectAgentId!: string | null;

  @Field(() => [String], { description: 'Champs personnels consultés (lectures seulement).' })
  fields!: string[];

  @Field(() => GraphQLJSON, { nullable: true, description: 'État avant l’écriture.' })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'État après l’écriture.' })
  after!: unknown;

  @Field(() => String, {
    nullable: true,
    description: 'Identifiant de la requête (corrélation des journaux).',
  })
  requestId!: string | null;
}

@Directive('@shareable')
@ObjectType({ description: 'Une page du journal d’audit, de la plus récente à la plus ancienne.' })
export class AuditEntryPage {
  @Field(() => [AuditEntry], { description: 'Les lignes de la page.' })
  nodes!: AuditEntry[];

  @Field(() => PageInfo, { description: 'Pagination.' })
  pageInfo!: PageInfo;
}
