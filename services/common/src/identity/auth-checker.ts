import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../context';
import { forbidden, unauthenticated } from '../errors';
import { hasScope, Role, type Viewer } from './viewer';

/**
 * What `@Authorized(...)` accepts; a field opens when the viewer satisfies any of them.
 * `@Authorized()` without rules means: a signed-in agent.
 */
export type AuthRule = Role | 'SYSTEM' | 'CLIENT' | `scope:${string}`;

export function satisfies(viewer: Viewer, rule: AuthRule): boolean {
  if (rule === 'SYSTEM') return viewer.kind === 'system';
  if (rule === 'CLIENT') return viewer.kind === 'client';
  if (rule.startsWith('scope:')) return hasScope(viewer, rule.slice('scope:'.length));
  if (viewer.kind !== 'agent') return false;
  // Every role is also a plain agent; ADMIN may act in every role.
  if (rule === Role.AGENT) return true;
  return viewer.roles.includes(rule as Role) || viewer.roles.includes(Role.ADMIN);
}

/**
 * type-graphql's guard for `@Authorized`. It throws rather than returning false so that the
 * error carries our French message and stable code. `__resolveReference` bypasses it: the
 * reference resolvers call the same rules themselves.
 */
export const authChecker: AuthChecker<RequestContext, AuthRule> = ({ context, info }, rules) => {
  const viewer = context.viewer;
  const wanted: readonly AuthRule[] = rules.length > 0 ? rules : [Role.AGENT];
  if (wanted.some((rule) => satisfies(viewer, rule))) return true;
  // The refusal names the operation and who may run it, so that the caller knows what to do.
  const action = `« ${info.fieldName} » est réservé ${wanted.map(audienceOf).join(' ou ')}.`;
  if (viewer.kind === 'anonymous') {
    throw new GraphQLError(`${action} Connectez-vous d’abord.`, {
      extensions: { code: 'UNAUTHENTICATED', action: info.fieldName },
    });
  }
  throw new GraphQLError(action, { extensions: { code: 'FORBIDDEN', action: info.fieldName } });
};

function audienceOf(rule: AuthRule): string {
  if (rule === 'SYSTEM') return 'à la passerelle du hub';
  if (rule === 'CLIENT') return 'aux clients d’API';
  if (rule.startsWith('scope:'))
    return `aux clients d’API ayant la portée « ${rule.slice('scope:'.length)} »`;
  if (rule === Role.ADMIN) return 'à l’équipe du programme';
  if (rule === Role.HOST) return 'aux référents (porteurs de besoin)';
  if (rule === Role.MANAGER) return 'aux managers';
  return 'aux agents connectés';
}

/**
 * The refusal that fits the viewer: UNAUTHENTICATED for somebody not signed in (signing in may
 * help), FORBIDDEN for everybody else. `field` names the field refused.
 */
export function denied(viewer: Viewer, message?: string, field?: string) {
  if (viewer.kind !== 'anonymous') return forbidden(message, field);
  const refusal = unauthenticated(message ? `${message} Connectez-vous d’abord.` : undefined);
  return field
    ? new GraphQLError(refusal.message, { extensions: { ...refusal.extensions, field } })
    : refusal;
}
