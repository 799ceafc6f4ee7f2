import { afterArgument, DecisionReason, type FeedEvent, type RequestContext } from '@talents/common';
import { Application } from '../application/application.types';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { Agent } from '../agent/agent.types';
import { dailyDigestOf, setDailyDigest } from './notification.digest';
import { subscribeToNotifications, toNotificationUpdate } from './notification.feed';
import { ApprovalLink, describeLink, useApprovalLink } from './notification.links';
import {
  NotificationPreference,
  NotificationPreferenceInput,
  preferencesOf,
  setPreferences,
} from './notification.preferences';
import { markNotificationsRead, notificationsOf } from './notification.service';
import {
  Notification,
  NotificationConnection,
  NotificationsRead,
  NotificationUpdate,
} from './notification.types';

@Resolver(() => Agent)
export class AgentNotificationsResolver {
  @FieldResolver(() => NotificationConnection, {
    nullable: true,
    description:
      'Notifications de cet agent, de la plus récente à la plus ancienne : les siennes, et pour l’équipe du ' +
      'programme et les référents celles de leur file commune (lues pour tous dès qu’un membre les lit). ' +
      'Pour l’agent lui-même seulement, sinon null avec une erreur FORBIDDEN.',
  })
  notifications(
    @Root() agent: Agent,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Taille de la page (1 à 100).' }) first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Curseur `endCursor` de la page précédente.',
    })
    after: string | null,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false, description: 'Seulement les non lues.' })
    unreadOnly: boolean,
  ): Promise<NotificationConnection> {
    return notificationsOf(ctx, agent.id, first, after, unreadOnly);
  }

  @FieldResolver(() => [NotificationPreference], {
    nullable: true,
    description:
      'Pour chaque nature de notification, le choix de cet agent (dans l’application seulement, ou aussi par ' +
      'courriel) ; par défaut, par courriel ce qui lui demande d’agir. Pour l’agent lui-même seulement, sinon ' +
      'null avec une erreur FORBIDDEN.',
  })
  notificationPreferences(
    @Root() agent: Agent,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationPreference[]> {
    return preferencesOf(ctx, agent.id);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Vrai si cet agent reçoit ses courriels de notification regroupés en un récapitulatif par jour ' +
      '(NOTIFICATION_DIGEST_HOUR, heure de Paris) plutôt qu’un par notification. Pour l’agent lui-même seulement, ' +
      'sinon null avec une erreur FORBIDDEN.',
  })
  dailyDigest(@Root() agent: Agent, @Ctx() ctx: RequestContext): Promise<boolean> {
    return dailyDigestOf(ctx, agent.id);
  }
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Mutation(() => NotificationsRead, {
    description:
      'Marque comme lues des notifications de la personne connectée : celles de `ids`, ou toutes avec ' +
      '`all: true`. Les identifiants qui ne sont pas les siens sont ignorés ; ni `ids` ni `all` : BAD_USER_INPUT.',
  })
  markNotificationsRead(
    @Ctx() ctx: RequestContext,
    @Arg('ids', () => [ID], { nullable: true, description: 'Notifications à marquer comme lues.' })
    ids: string[] | null,
    @Arg('all', () => Boolean, { nullable: true, description: 'Vrai : toutes ses notifications.' })
    all: boolean | null,
  ): Promise<NotificationsRead> {
    return markNotificationsRead(ctx, ids, all);
  }

  @Authorized()
  @Mutation(() => [NotificationPreference], {
    description:
      'Choisit, par nature de notification, de la recevoir dans l’application seulement (`email: false`) ou aussi ' +
      'par courriel (`email: true`) ; les natures absentes gardent leur choix. Rend toutes les préférences.',
  })
  setNotificationPreferences(
    @Ctx() ctx: RequestContext,
    @Arg('preferences', () => [NotificationPreferenceInput], { description: 'Les choix à enregistrer.' })
    preferences: NotificationPreferenceInput[],
  ): Promise<NotificationPreference[]> {
    return setPreferences(ctx, preferences);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Choisit de recevoir ses courriels de notification en un récapitulatif par jour (`enabled: true`) ou un par ' +
      'notification (`false`) ; ce qui attend déjà part avec le prochain récapitulatif. Rend le choix enregistré.',
  })
  setDailyDigest(
    @Ctx() ctx: RequestContext,
    @Arg('enabled', () => Boolean, { description: 'Vrai : un récapitulatif par jour.' }) enabled: boolean,
  ): Promise<boolean> {
    return setDailyDigest(ctx, enabled);
  }

  @Query(() => ApprovalLink, {
    description:
      'Ce que ferait un lien de décision reçu par courriel, pour sa page de confirmation : ne décide rien. ' +
      'Lien inconnu : BAD_USER_INPUT (champ `token`).',
  })
  approvalLink(
    @Ctx() ctx: RequestContext,
    @Arg('token', { description: 'Jeton du lien.' }) token: string,
  ): Promise<ApprovalLink> {
    return describeLink(ctx, token);
  }

  @Mutation(() => Application, {
    description:
      'Décide d’une demande par le lien reçu par courriel (après la page de confirmation) : une seule fois, ' +
      'avant son expiration, au nom de la personne à qui il a été envoyé ; une autre personne connectée : ' +
      'FORBIDDEN ; déjà utilisé ou expiré : CONFLICT ; refus sans motif : BAD_USER_INPUT (champ `reason`).',
  })
  useApprovalLink(
    @Ctx() ctx: RequestContext,
    @Arg('token', { description: 'Jeton du lien.' }) token: string,
    @Arg('reason', () => DecisionReason, { nullable: true, description: 'Motif, pour un refus.' })
    reason: DecisionReason | null,
    @Arg('reasonText', () => String, { nullable: true, description: 'Précision du motif « Autre ».' })
    reasonText: string | null,
  ): Promise<Application> {
    return useApprovalLink(ctx, token, reason, reasonText);
  }

  @Subscription(() => NotificationUpdate, {
    description:
      'Nouvelles notifications de l’agent connecté, en direct (la cloche du tableau de bord). Réservé aux ' +
      'agents connectés (UNAUTHENTICATED, FORBIDDEN pour un client d’API).',
    subscribe: ({ args, context }) =>
      subscribeToNotifications(context as RequestContext, afterArgument(args)),
  })
  myNotifications(
    @Root() event: FeedEvent<Notification>,
    @Arg('after', () => String, {
      nullable: true,
      description:
        'Curseur `cursor` du dernier événement reçu : reprise juste après lui (les manqués d’abord, puis en ' +
        'direct). Absent : à partir de maintenant. Mal formé : BAD_USER_INPUT (champ `after`).',
    })
    _after: string | null,
  ): NotificationUpdate {
    return toNotificationUpdate(event);
  }
}
