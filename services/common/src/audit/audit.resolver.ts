import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { badUserInput } from '../errors';
import { isUuid } from '../ids';
import { checkPageSize, decodeCursor, ISO_INSTANT, toPage } from '../pagination';
import { Role } from '../identity/viewer';
import { AuditEntry, AuditEntryPage } from './audit.types';

/** A row of an audit log as PostgreSQL returns it: each subgraph keeps the same table in its own schema. */
export interface AuditLogRow {
  id: string;
  at: Date;
  actor_kind: string;
  actor_id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  subject_agent_id: string | null;
  fields: string[];
  before: unknown;
  after: unknown;
  request_id: string | null;
}

function toEntry(row: AuditLogRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actorKind: row.actor_kind,
    actorId: row.actor_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    subjectAgentId: row.subject_agent_id,
    fields: row.fields,
    before: row.before,
    after: row.after,
    requestId: row.request_id,
  };
}

/**
 * The admins' query over one subgraph's audit log, named after it (`profilesAuditLog`…): each
 * subgraph keeps its own log, and composition needs distinct root fields.
 */
export function createAuditResolver(subgraph: string) {
  const queryName = `${subgraph}AuditLog`;

  @Resolver()
  class AuditResolver {
    @Authorized(Role.ADMIN)
    @Query(() => AuditEntryPage, {
      name: queryName,
      description: `Journal d’audit du service ${subgraph}, du plus récent au plus ancien (équipe du programme).`,
    })
    async auditLog(
      @Ctx() ctx: RequestContext,
      @Arg('first', () => Int, { defaultValue: 50, description: 'Taille de page (1 à 100).' }) first: number,
      @Arg('after', () => String, { nullable: true, description: 'Curseur de la page précédente.' })
      after: string | null,
      @Arg('subjectAgentId', () => ID, {
        nullable: true,
        description: 'Seulement ce qui concerne les données de cet agent.',
      })
      subjectAgentId: string | null | undefined,
      @Arg('actorId', () => String, { nullable: true, description: 'Seulement les actions de cet auteur.' })
      actorId: string | null | undefined,
    ): Promise<AuditEntryPage> {
      const size = checkPageSize(first);
      const cursor = decodeCursor(after, (key) => ISO_INSTANT.test(key));
      if (subjectAgentId != null && !isUuid(subjectAgentId)) {
        throw badUserInput('subjectAgentId', 'Identifiant d’agent invalide.');
      }
      const conditions: string[] = [];
      const values: unknown[] = [];
      const bind = (value: unknown) => {
        values.push(value);
        return `$${values.length}`;
      };
      if (subjectAgentId != null) conditions.push(`subject_agent_id = ${bind(subjectAgentId)}`);
      if (actorId != null) conditions.push(`actor_id = ${bind(actorId)}`);
      if (cursor) conditions.push(`(at, id) < (${bind(cursor.key)}::timestamptz, ${bind(cursor.id)}::uuid)`);
      const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
      const rows = (await ctx.db.query(
        `SELECT * FROM "${subgraph}".audit_log ${where} ORDER BY at DESC, id DESC LIMIT ${bind(size + 1)}`,
        values,
      )) as AuditLogRow[];
      return toPage(rows.map(toEntry), size, (entry) => ({ key: entry.at.toISOString(), id: entry.id }));
    }
  }
  return AuditResolver;
}
