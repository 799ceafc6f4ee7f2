import { afterArgument, validateArgument, type FeedEvent, type RequestContext } from '@talents/common';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import {
  subscribeToApplicationUpdates,
  toApplicationUpdate,
  type ApplicationDelivery,
} from './application.feed';
import { ApplyInput, DecisionArgs, EXPECTED_VERSION_DESCRIPTION } from './application.inputs';
import { applyToMission, findApplication, getApplication } from './application.service';
import { transitionApplication } from './application.transitions';
import { Application, ApplicationUpdate } from './application.types';

const AFTER_DESCRIPTION =
  'Curseur `cursor` du dernier événement reçu : la souscription reprend juste après lui, d’abord avec ' +
  'les événements manqués, dans l’ordre, puis en direct. Absent : à partir de maintenant. Curseur mal ' +
  'formé : BAD_USER_INPUT (champ `after`).';

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
      'avec un motif, tant que la mission n’a pas commencé ; une place prise est libérée. Depuis tout autre ' +
      'statut : CONFLICT, rien ne change. Seul l’agent qui a candidaté (ou l’équipe du programme) peut la ' +
      'retirer (FORBIDDEN).',
  })
  withdrawApplication(
    @Args(() => DecisionArgs) { id, reason, reasonText, expectedVersion }: DecisionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Application> {
    return transitionApplication(ctx, 'withdraw', id, { reason, reasonText, expectedVersion });
  }

  @Authorized()
  @Mutation(() => Application, {
    description:
      'Le supérieur hiérarchique de l’agent libère son temps (SUBMITTED → MANAGER_APPROVED), éventuellement pour ' +
      'moins d’heures que proposé, et éventuellement au-delà du budget annuel de l’agent (dérogation explicite, ' +
      'tracée). Pour un agent sans supérieur hiérarchique connu : l’équipe du programme. Autre personne : ' +
      'FORBIDDEN ; autre statut ou version périmée : CONFLICT ; rien ne change alors.',
  })
  approveApplication(
    @Arg('id', () => ID, { description: 'Identifiant de la candidature (UUID).' }) id: string,
    @Arg('hours', () => Int, {
      nullable: true,
      description:
        'Heures libérées, si moins que proposé (1 au nombre d’heures proposé ; sinon BAD_USER_INPUT).',
    })
    hours: number | null | undefined,
    @Arg('beyondBudget', () => Boolean, {
      nullable: true,
      description:
        'Vrai : le supérieur hiérarchique libère ce temps même au-delà du budget annuel de l’agent (dérogation ' +
        'tracée) ; sans elle, l’acceptation au-delà du budget est refusée.',
    })
    beyondBudget: boolean | null | undefined,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION_DESCRIPTION })
    expectedVersion: number | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<Application> {
    return transitionApplication(ctx, 'approve', id, { hours, beyondBudget, expectedVersion });
  }

  @Authorized()
  @Mutation(() => Application, {
    description:
      'Le supérieur hiérarchique de l’agent refuse de libérer son temps (SUBMITTED → REFUSED_BY_MANAGER), avec un ' +
      'motif. Pour un agent sans supérieur hiérarchique connu : l’équipe du programme. Autre personne : ' +
      'FORBIDDEN ; autre statut ou version périmée : CONFLICT ; rien ne change alors.',
  })
  refuseApplication(
    @Args(() => DecisionArgs) { id, reason, reasonText, expectedVersion }: DecisionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Application> {
    return transitionApplication(ctx, 'refuse', id, { reason, reasonText, expectedVersion });
  }

  @Authorized()
  @Mutation(() => Application, {
    description:
      'Un porteur de la mission (référent de son administration d’accueil, ou son contact) accepte l’agent ' +
      '(MANAGER_APPROVED → ACCEPTED) : il faut une place libre (jamais de surréservation) et, sauf dérogation ' +
      'du supérieur hiérarchique, des heures dans le budget annuel de l’agent (CONFLICT sinon). Les heures sont ' +
      'engagées sur l’année ou les années de la mission ; la dernière place prise, la mission devient pourvue et ' +
      'les autres candidatures en cours sont déclinées (MISSION_FILLED).',
  })
  acceptApplication(
    @Arg('id', () => ID, { description: 'Identifiant de la candidature (UUID).' }) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION_DESCRIPTION })
    expectedVersion: number | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<Application> {
    return transitionApplication(ctx, 'accept', id, { expectedVersion });
  }

  @Authorized()
  @Mutation(() => Application, {
    description:
      'Un porteur de la mission décline une candidature déposée ou approuvée (→ DECLINED_BY_HOST), avec un ' +
      'motif. Autre personne : FORBIDDEN ; autre statut ou version périmée : CONFLICT ; rien ne change alors.',
  })
  declineApplication(
    @Args(() => DecisionArgs) { id, reason, reasonText, expectedVersion }: DecisionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Application> {
    return transitionApplication(ctx, 'decline', id, { reason, reasonText, expectedVersion });
  }

  @Subscription(() => ApplicationUpdate, {
    description:
      'Changements de statut des candidatures de l’agent connecté, en direct : dépôt, retrait et toute ' +
      'décision ultérieure ; rien de celles des autres agents. Réservé aux agents connectés ' +
      '(UNAUTHENTICATED, FORBIDDEN pour un client d’API).',
    subscribe: ({ args, context }) =>
      subscribeToApplicationUpdates(context as RequestContext, 'myApplicationUpdates', afterArgument(args)),
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
      'l’événement), ou dont l’équipe du programme lui a confié la demande ; aussi celles d’un supérieur ' +
      'qui l’a désigné suppléant pour le jour de l’événement. Ouverte à tout agent connecté : un agent qui n’encadre personne ne reçoit rien, jusqu’à ' +
      'ce qu’un agent lui soit rattaché ; jamais ses propres candidatures ni celles des agents encadrés par ' +
      'd’autres. Réservé aux agents connectés (UNAUTHENTICATED, FORBIDDEN pour un client d’API).',
    subscribe: ({ args, context }) =>
      subscribeToApplicationUpdates(context as RequestContext, 'approvalInboxUpdates', afterArgument(args)),
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
