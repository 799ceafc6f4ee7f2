import { fr } from '@codegouvfr/react-dsfr';
import type { HeaderProps } from '@codegouvfr/react-dsfr/Header';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useEffect } from 'react';
import { Loading, QueryError } from '../common/states';
import type { NotificationItemFragment } from '../gql/graphql';
import { countLabel, unreadLabel } from './kinds';
import { MarkingFeedback, NotificationActions, useMarking } from './marking';
import { NotificationList } from './NotificationList';
import { useNotifications, type Notifications } from './NotificationsProvider';
import './notifications.css';

/**
 * The bell's panel: a DSFR modal dialog, so that the focus goes into it, stays there until it is
 * closed (« Fermer » or Escape) and comes back to the bell — on a phone too, where the header's
 * buttons live in its menu.
 */
export const notificationsPanel = createModal({ id: 'notifications-panel', isOpenedByDefault: false });

/**
 * The bell that opened the panel. The header has two (the desktop one, and its copy in the phone
 * menu), and the DSFR gives the focus back to the first button it knows for the modal, which can be
 * a hidden one: the focus would be lost on the page's body.
 */
let opener: HTMLElement | null = null;

/**
 * The header's bell: the unread count is in the button's name (« Notifications, 3 non lues »), not
 * in its colour or icon alone. The name is an `aria-label` that begins with the visible text: a
 * visually hidden part inside the button would be read with a stray space before its comma.
 */
export function bellItem(unreadCount: number | null): HeaderProps.QuickAccessItem {
  const unread = unreadCount ?? 0;
  return {
    iconId: unread > 0 ? 'fr-icon-notification-3-fill' : 'fr-icon-notification-3-line',
    text: (
      <>
        Notifications
        {unread > 0 ? (
          <>
            {' '}
            <span className="count-pill" aria-hidden="true">
              {unread}
            </span>
          </>
        ) : null}
      </>
    ),
    buttonProps: {
      ...notificationsPanel.buttonProps,
      type: 'button',
      'aria-label': unreadCount === null ? 'Notifications' : `Notifications, ${unreadLabel(unreadCount)}`,
      'data-testid': 'notification-bell',
      onClick: (event) => {
        opener = event.currentTarget;
      },
    },
  };
}

export function NotificationsPanel() {
  const notifications = useNotifications();
  const { refresh } = notifications;
  const marking = useMarking();
  const { reset } = marking;

  // Read again on each opening: another tab, or a colleague of a shared queue, may have read some.
  useEffect(() => {
    const dialog = document.getElementById(notificationsPanel.id);
    const opened = () => {
      reset();
      refresh();
    };
    // Once the DSFR has done with the focus: if it left it nowhere, back to the bell that opened the
    // panel (following a link leaves it on the new page's content, which stays).
    const concealed = () =>
      setTimeout(() => {
        const active = document.activeElement;
        if ((!active || active === document.body) && opener?.isConnected) opener.focus();
      }, 0);
    dialog?.addEventListener('dsfr.disclose', opened);
    dialog?.addEventListener('dsfr.conceal', concealed);
    return () => {
      dialog?.removeEventListener('dsfr.disclose', opened);
      dialog?.removeEventListener('dsfr.conceal', concealed);
    };
  }, [refresh, reset]);

  const follow = (notification: NotificationItemFragment) => {
    notificationsPanel.close();
    if (!notification.read) notifications.markRead([notification.id]).catch(() => undefined);
  };

  return (
    <notificationsPanel.Component title="Notifications" titleAs="h2" iconId="fr-icon-notification-3-line">
      <PanelBody notifications={notifications} onFollow={follow} />
      <MarkingFeedback marking={marking} />
      <NotificationActions
        marking={marking}
        canMarkAll={notifications.recent.length > 0}
        withAllLink
        onNavigate={() => notificationsPanel.close()}
      />
    </notificationsPanel.Component>
  );
}

function PanelBody({
  notifications,
  onFollow,
}: {
  notifications: Notifications;
  onFollow(notification: NotificationItemFragment): void;
}) {
  const { unreadCount, totalCount, recent } = notifications;
  if (notifications.loading) return <Loading label="Chargement des notifications…" />;
  if (unreadCount === null) {
    return <QueryError error={notifications.error} title="Les notifications n’ont pas pu être chargées" />;
  }
  if (recent.length === 0) {
    return (
      <p>
        Vous n’avez aucune notification pour le moment. Vous serez prévenu ici de chaque étape de vos
        candidatures et des demandes qui attendent votre décision.
      </p>
    );
  }
  return (
    <>
      <p className={fr.cx('fr-mb-2w')} data-testid="notifications-panel-summary">
        {unreadCount === 0 ? 'Toutes vos notifications sont lues.' : `${countLabel(unreadCount, true)}.`}
        {totalCount !== null && totalCount > recent.length
          ? ` Les ${recent.length} plus récentes sur ${totalCount} :`
          : null}
      </p>
      <NotificationList notifications={recent} onFollow={onFollow} testId="notifications-panel-list" />
    </>
  );
}
