import { PageInfo } from '@talents/common';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Every step of an application that someone must know about or act on (issue 12 item 5). */
export enum NotificationKind {
  APPROVAL_REQUESTED = 'APPROVAL_REQUESTED',
  APPROVAL_REMINDER = 'APPROVAL_REMINDER',
  APPLICATION_RELEASED = 'APPLICATION_RELEASED',
  APPLICANT_RELEASED = 'APPLICANT_RELEASED',
  APPLICATION_REFUSED = 'APPLICATION_REFUSED',
  APPLICATION_ACCEPTED = 'APPLICATION_ACCEPTED',
  APPLICATION_DECLINED = 'APPLICATION_DECLINED',
  MISSION_FILLED = 'MISSION_FILLED',
  APPLICATION_WITHDRAWN = 'APPLICATION_WITHDRAWN',
  APPLICATION_EXPIRED = 'APPLICATION_EXPIRED',
  AGREEMENT_AMENDED = 'AGREEMENT_AMENDED',
  COMPLETION_RECORDED = 'COMPLETION_RECORDED',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'Nature d’une notification : l’étape de la candidature dont elle informe.',
  valuesConfig: {
    APPROVAL_REQUESTED: {
      description: 'Au supérieur hiérarchique (ou à l’équipe du programme) : une demande attend sa décision.',
    },
    APPROVAL_REMINDER: {
      description: 'Au supérieur hiérarchique : rappel d’une demande encore sans réponse.',
    },
    APPLICATION_RELEASED: { description: 'À l’agent : son supérieur hiérarchique a libéré son temps.' },
    APPLICANT_RELEASED: {
      description: 'Aux porteurs : une candidature libérée par le supérieur attend leur décision.',
    },
    APPLICATION_REFUSED: { description: 'À l’agent : son supérieur hiérarchique a refusé la demande.' },
    APPLICATION_ACCEPTED: {
      description: 'À l’agent et à son supérieur hiérarchique : le porteur a accepté la candidature.',
    },
    APPLICATION_DECLINED: { description: 'À l’agent : le porteur a décliné sa candidature.' },
    MISSION_FILLED: { description: 'À l’agent : la mission est pourvue, sa candidature est close.' },
    APPLICATION_WITHDRAWN: {
      description: 'Au supérieur hiérarchique et aux porteurs : l’agent a retiré sa candidature.',
    },
    APPLICATION_EXPIRED: {
      description: 'À l’agent et à son supérieur hiérarchique : la demande a expiré faute de réponse.',
    },
    AGREEMENT_AMENDED: {
      description:
        'Aux parties de la convention qui ne l’ont pas modifiée : une nouvelle version est à prendre en compte.',
    },
    COMPLETION_RECORDED: {
      description: 'À l’agent : le porteur a enregistré les heures réalisées, à confirmer ou à contester.',
    },
  },
});

@ObjectType('Notification', { description: 'Notification dans l’application, pour une personne.' })
export class Notification {
  @Field(() => ID, { description: 'Identifiant de la notification (UUID).' })
  id!: string;

  @Field(() => NotificationKind, { description: 'Nature de la notification.' })
  kind!: NotificationKind;

  @Field({ description: 'Texte de la notification, en français.' })
  text!: string;

  @Field({
    description: 'Chemin de la page du tableau de bord où agir ou en savoir plus (ex. `/validations`).',
  })
  link!: string;

  @Field({ description: 'Vrai une fois la notification marquée comme lue.' })
  read!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'Date et heure de la notification.' })
  createdAt!: Date;
}

@ObjectType('NotificationConnection', {
  description: 'Une page des notifications d’une personne, de la plus récente à la plus ancienne.',
})
export class NotificationConnection {
  @Field(() => [Notification], { description: 'Les notifications de la page.' })
  nodes!: Notification[];

  @Field(() => PageInfo, { description: 'Informations de pagination.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Nombre total de notifications (avec le filtre `unreadOnly`).' })
  totalCount!: number;

  @Field(() => Int, { description: 'Nombre de notifications non lues.' })
  unreadCount!: number;
}

@ObjectType('NotificationsRead', { description: 'Résultat du marquage de notifications comme lues.' })
export class NotificationsRead {
  @Field(() => Int, { description: 'Nombre de notifications passées de non lues à lues.' })
  marked!: number;

  @Field(() => Int, { description: 'Nombre de notifications encore non lues.' })
  unreadCount!: number;
}

@ObjectType('NotificationUpdate', { description: 'Une nouvelle notification, en direct.' })
export class NotificationUpdate {
  @Field({
    description: 'Curseur de l’événement, à passer en `after` pour reprendre juste après lui.',
  })
  cursor!: string;

  @Field(() => Notification, { description: 'La notification.' })
  notification!: Notification;
}
