import type { RequestContext } from '@talents/common';
import { Arg, Authorized, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import { PrincipalService } from './principal.service';
import { Principal } from './principal.types';

@Resolver()
export class PrincipalResolver {
  @Authorized('SYSTEM')
  // The gateway asks profiles directly; the field stays out of the public API.
  @Directive('@inaccessible')
  @Query(() => Principal, {
    nullable: true,
    description:
      'Usage interne de la passerelle : qui est un agent et quels sont ses rôles, par identifiant ou par adresse électronique (insensible à la casse). Null pour un agent inconnu ou dont le compte est effacé.',
  })
  principal(
    @Arg('id', () => ID, { nullable: true, description: 'Identifiant de l’agent (UUID).' })
    id: string | null | undefined,
    @Arg('email', () => String, {
      nullable: true,
      description: 'Adresse électronique professionnelle (ProConnect), sans tenir compte de la casse.',
    })
    email: string | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<Principal | null> {
    return new PrincipalService(ctx).find(id, email);
  }
}
