import { PUBLIC_FIELD, type RequestContext } from '@talents/common';
import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AdministrationService } from './administration.service';
import { Administration } from './administration.types';

@Resolver(() => Administration)
export class AdministrationResolver {
  @Query(() => [Administration], {
    nullable: true,
    description:
      'Toutes les administrations, par ordre alphabétique ; null si le service des profils ne répond pas.',
  })
  administrations(@Ctx() ctx: RequestContext): Promise<Administration[]> {
    return new AdministrationService(ctx).list();
  }

  @Query(() => Administration, {
    nullable: true,
    description: 'Une administration par son identifiant ; erreur NOT_FOUND si elle n’existe pas.',
  })
  administration(
    @Arg('id', () => ID, { description: 'Identifiant (slug) de l’administration.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Administration> {
    return new AdministrationService(ctx).get(id);
  }

  @Directive(PUBLIC_FIELD)
  @FieldResolver(() => Administration, {
    nullable: true,
    description: 'Administration de rattachement (ministère de tutelle…), nulle au sommet.',
  })
  parent(@Root() administration: Administration, @Ctx() ctx: RequestContext): Promise<Administration | null> {
    return new AdministrationService(ctx).find(administration.parentId);
  }
}
