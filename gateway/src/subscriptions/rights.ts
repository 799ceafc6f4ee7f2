import { PrincipalLookupError } from '../auth/principal-directory';
import type { Principal } from '../auth/principal';
import { done, transient, type Attempt } from './completion-retry';

/** Whether two principals carry the same rights (what a subgraph filters events with). */
export function sameRights(a: Principal, b: Principal): boolean {
  if (a.kind !== 'agent' || b.kind !== 'agent') return a.kind === b.kind;
  const sorted = (values: readonly string[]) => [...values].sort().join('\n');
  return (
    a.agentId === b.agentId &&
    a.administrationId === b.administrationId &&
    sorted(a.roles) === sorted(b.roles) &&
    sorted(a.hostOf) === sorted(b.hostOf)
  );
}

/**
 * Who the subscriber is at this event: the same rights (perhaps a fresher copy), other rights (the
 * subscription must be made anew upstream, where the subgraph filters with the token's rights), or
 * nobody any more (an erased account). A directory that cannot answer is a passing failure.
 */
export type PrincipalNow =
  { kind: 'same'; principal: Principal } | { kind: 'changed'; principal: Principal } | { kind: 'gone' };

export async function principalNow(
  principal: Principal,
  refresh: (principal: Principal) => Promise<Principal | null>,
): Promise<Attempt<PrincipalNow>> {
  // Only people have rights that change; anonymous visitors stay anonymous.
  if (principal.kind !== 'agent') return done({ kind: 'same', principal });
  let fresh: Principal | null;
  try {
    fresh = await refresh(principal);
  } catch (error) {
    if (error instanceof PrincipalLookupError) return transient(`profiles: ${error.message}`);
    throw error;
  }
  if (!fresh) return done({ kind: 'gone' });
  return done({ kind: sameRights(principal, fresh) ? 'same' : 'changed', principal: fresh });
}
