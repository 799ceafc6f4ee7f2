import { Alert } from '@codegouvfr/react-dsfr/Alert';
import type { ReactNode } from 'react';
import { Loading } from '../common/states';
import { RequireAgent } from '../session/RequireAgent';
import type { SignedInAgent } from '../session/session';
import { hasRole, useRoles, type Role, type Roles } from './roles';

const REFUSAL: Record<Role, string> = {
  AGENT: 'Cette page est réservée aux agents connectés.',
  MANAGER: 'Cette page est réservée aux managers.',
  HOST: 'Cette page est réservée aux porteurs de besoin, référents d’une administration d’accueil. Demandez à l’équipe du programme de vous désigner référent.',
  ADMIN: 'Cette page est réservée à l’équipe du programme Talents numériques.',
};

/** Renders its children for a signed-in agent holding `role`; says why not otherwise. */
export function RequireRole({
  role,
  children,
}: {
  role: Role;
  children: (agent: SignedInAgent, roles: Roles) => ReactNode;
}) {
  return <RequireAgent>{(agent) => <RoleGate role={role} agent={agent} render={children} />}</RequireAgent>;
}

function RoleGate({
  role,
  agent,
  render,
}: {
  role: Role;
  agent: SignedInAgent;
  render: (agent: SignedInAgent, roles: Roles) => ReactNode;
}) {
  return (
    <WithRoles>
      {(roles) =>
        hasRole(roles, role) ? (
          render(agent, roles)
        ) : (
          <Alert severity="warning" title="Accès réservé" description={REFUSAL[role]} />
        )
      }
    </WithRoles>
  );
}

/** Renders its children once the viewer's roles are known; says so when they cannot be. */
export function WithRoles({ children }: { children: (roles: Roles) => ReactNode }) {
  const roles = useRoles();
  if (roles.loading) return <Loading />;
  if (roles.failed) {
    return (
      <Alert
        severity="error"
        title="Vos droits n’ont pas pu être vérifiés"
        description="Le service des profils ne répond pas. Réessayez dans un instant."
      />
    );
  }
  return <>{children(roles)}</>;
}
