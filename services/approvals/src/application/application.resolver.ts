import { DecisionReason, validateArgument, type FeedEvent, type RequestContext } from '@talents/common';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import {
  subscribeToApplicationUpdates,
  toApplicationUpdate,
  type ApplicationDelivery,
} from './application.feed';
import { ApplyInput } from './application.inputs';
import { applyToMission, findApplication, getApplication, withdrawApplication } from './application.service';
import { Application, ApplicationUpdate } from './application.types';

const AFTER_DESCRIPTION =
  'Curseur `cursor` du dernier événement reçu : la souscription reprend juste après lui, d’abord avec ' +
  'les événements manqués, dans l’ordre, puis en direct. Absent : à partir de maintenant. Curseur mal ' +
  'formé : BAD_USER_INPUT (champ `after`).';

/** `args` of a subscription's `subscribe` function, before type-graphql's conversion. */
function afterOf(args: unknown): unknown {
  return (args as { after?: unknown } | null)?.after ?? null;
}

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

  @Subscription(() => ApplicationUpdate, {
    description:
      'Changements de statut des candidatures de l’agent connecté, en direct : dépôt, retrait et toute ' +
      'décision ultérieure ; rien de celles des autres agents. Réservé aux agents connectés ' +
      '(UNAUTHENTICATED, FORBIDDEN pour un client d’API).',
    subscribe: ({ args, context }) =>
      subscribeToApplicationUpdates(context as RequestContext, 'myApplicationUpdates', afterOf(args)),
  })
  myApplicationUpdates(
    @Root() event: FeedEvent<ApplicationDelivery>,
    @Ctx() ctx: RequestContext,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) _after: string | null,
  ): Promise<ApplicationUpdate> {
    return toApplicationUpdate(ctx, event, 'myApplicationUpdates');
  }

  @Subscription(() => ApplicationUpdate, {
    description:
      'Boîte de réception du supérieur hiérarchique, en direct : chaque changement de statut d’une ' +
      'candidature d’un agent qu’il encadre (d’après le rattachement hiérarchique connu au moment de ' +
      'l’événement). Ouverte à tout agent connecté : un agent qui n’encadre personne ne reçoit rien, jusqu’à ' +
      'ce qu’un agent lui soit rattaché ; jamais ses propres candidatures ni celles des agents encadrés par ' +
      'd’autres. Réservé aux agents connectés (UNAUTHENTICATED, FORBIDDEN pour un client d’API).',
    subscribe: ({ args, context }) =>
      subscribeToApplicationUpdates(context as RequestContext, 'approvalInboxUpdates', afterOf(args)),
  })
  approvalInboxUpdates(
    @Root() event: FeedEvent<ApplicationDelivery>,
    @Ctx() ctx: RequestContext,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) _after: string | null,
  ): Promise<ApplicationUpdate> {
    return toApplicationUpdate(ctx, event, 'approvalInboxUpdates');
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
