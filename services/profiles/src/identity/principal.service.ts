import { badUserInput, checkText, isUuid, normaliseUuid, Role, type RequestContext } from '@talents/common';
import { PROFILES_SCHEMA } from '../shared/constants';
import { Principal } from './principal.types';

interface PrincipalRow {
  id: string;
  administration_id: string;
  is_manager: boolean;
  is_admin: boolean;
  host_of: string[];
}

const S = PROFILES_SCHEMA;

/**
 * One statement per look-up: the agent and every fact their roles derive from. Erased agents are
 * nobody (they cannot sign in); an erased report does not make their former manager a MANAGER.
 */
const PRINCIPAL_SQL = (condition: string) => `
  SELECT agent.id, agent.administration_id,
    EXISTS (SELECT 1 FROM "${S}".agent report
            WHERE report.manager_id = agent.id AND report.erased_at IS NULL) AS is_manager,
    EXISTS (SELECT 1 FROM "${S}".programme_admin admin WHERE admin.agent_id = agent.id) AS is_admin,
    ARRAY(SELECT referent.administration_id FROM "${S}".host_referent referent
          WHERE referent.agent_id = agent.id ORDER BY referent.administration_id) AS host_of
  FROM "${S}".agent agent
  WHERE agent.erased_at IS NULL AND ${condition}`;

function toPrincipal(row: PrincipalRow): Principal {
  const roles = [Role.AGENT];
  if (row.is_manager) roles.push(Role.MANAGER);
  if (row.host_of.length > 0) roles.push(Role.HOST);
  if (row.is_admin) roles.push(Role.ADMIN);
  return Object.assign(new Principal(), {
    agentId: row.id,
    administrationId: row.administration_id,
    roles,
    hostOf: row.host_of,
  });
}

export class PrincipalService {
  constructor(private readonly ctx: RequestContext) {}

  /** Exactly one of `id` and `email`; a malformed id or an unknown e-mail is nobody (null). */
  async find(id: string | null | undefined, email: string | null | undefined): Promise<Principal | null> {
    const givenId = id ?? null;
    const givenEmail = email ?? null;
    if ((givenId === null) === (givenEmail === null)) {
      throw badUserInput(
        givenId === null ? 'id' : 'email',
        'Indiquez soit l’identifiant de l’agent, soit son adresse électronique, et pas les deux.',
      );
    }
    if (givenId !== null) return this.byId(givenId);
    const trimmed = checkText(givenEmail, 'email', { required: 'L’adresse électronique est vide.' });
    // `lower(email)` is what the unique index holds: the look-up is an index probe.
    return this.first(PRINCIPAL_SQL('lower(agent.email) = lower($1)'), trimmed);
  }

  async byId(id: string): Promise<Principal | null> {
    if (!isUuid(id)) return null;
    return this.first(PRINCIPAL_SQL('agent.id = $1'), normaliseUuid(id));
  }

  private async first(sql: string, parameter: string): Promise<Principal | null> {
    const rows = (await this.ctx.db.query(sql, [parameter])) as PrincipalRow[];
    const row = rows[0];
    return row ? toPrincipal(row) : null;
  }
}
