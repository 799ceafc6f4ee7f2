import { DecisionReason, validateArgument, type RequestContext } from '@talents/common';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ApplyInput } from './application.inputs';
import { applyToMission, findApplication, getApplication, withdrawApplication } from './application.service';
import { Application } from './application.types';

@Resolver(() => Application)
export class ApplicationResolver {
  @Query(() => Application, {
    nullable: true,
    description:
      'Une candidature par son identifiant, pour l’agent qui a candidaté, son supérieur hiérarchique, les ' +
      'porteurs de l’administration d’accueil de la mission et l’équipe du programme ; erreur NOT_FOUND si ' +
      'elle n’existe pas ou si elle ne vous est pas visible.',
  })
  application(
    @Arg('id', () => ID, { description: 'Identifiant de la candidature (UUID).' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Application> {
    return getApplication(ctx, id);
  }

  @Authorized()
  @Mutation(() => Application, {
    description:
      'Dépose la candidature de l’agent connecté à une mission (statut SUBMITTED). La mission doit exister et ' +
      'être ouverte à l’administration de l’agent (sinon NOT_FOUND) et publiée (sinon CONFLICT). Une seule ' +
      'candidature en cours (déposée, approuvée par le supérieur hiérarchique ou acceptée) par agent et par ' +
      'mission, sinon CONFLICT. Réservé aux agents connectés (UNAUTHENTICATED, FORBIDDEN pour un client d’API).',
  })
  apply(
    @Arg('input', () => ApplyInput, {
      description: 'Agent, mission, motivation et heures proposées.',
      validateFn: validateArgument('input'),
    })
    input: ApplyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Application> {
    return applyToMission(ctx, input);
  }

  @Authorized()
  @Mutation(() => Application, {
    description:
      'Retire une candidature déposée, approuvée par le supérieur hiérarchique ou acceptée (statut WITHDRAWN), ' +
      'avec un motif ; depuis tout autre statut : CONFLICT, rien ne change. Seul l’agent qui a candidaté (ou ' +
      'l’équipe du programme) peut la retirer.',
  })
  withdrawApplication(
    @Arg('id', () => ID, { description: 'Identifiant de la candidature à retirer (UUID).' }) id: string,
    @Arg('reason', () => DecisionReason, { description: 'Motif du retrait, dans la liste fixe.' })
    reason: DecisionReason,
    @Arg('reasonText', () => String, {
      nullable: true,
      description:
        'Précision libre sur le motif, obligatoire avec le motif OTHER (1 000 caractères au plus).',
    })
    reasonText: string | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<Application> {
    return withdrawApplication(ctx, id, reason, reasonText);
  }
}

/**
 * `_entities` for Application: batched like every other read; unknown or malformed ids, and
 * applications the viewer may not see (type-graphql's guard does not run here), give null.
 */
export const applicationReferenceResolver = {
  __resolveReference(reference: { id: string }, ctx: RequestContext): Promise<Application | null> {
    if (typeof reference.id !== 'string') return Promise.resolve(null);
    return findApplication(ctx, reference.id);
  },
};
