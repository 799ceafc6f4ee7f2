import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Link } from 'react-router';
import { formatDateTime } from '../common/labels';
import type { NotificationItemFragment } from '../gql/graphql';
import { isDashboardPath } from './kinds';

/**
 * Notifications, newest first: whether each is unread (in words), its text as a link to the page
 * where to act or learn more, and its date. Following a link is reading the notification.
 */
export function NotificationList({
  notifications,
  onFollow,
  testId,
}: {
  notifications: readonly NotificationItemFragment[];
  onFollow(notification: NotificationItemFragment): void;
  testId: string;
}) {
  return (
    <ul className="notification-list" data-testid={testId}>
      {notifications.map((notification) => (
        <li
          key={notification.id}
          className={notification.read ? 'notification' : 'notification notification--unread'}
          data-read={notification.read}
        >
          {notification.read ? null : (
            <Badge small severity="new" noIcon className="notification__badge">
              Non lue
            </Badge>
          )}
          <p className="notification__text">
            {isDashboardPath(notification.link) ? (
              <Link to={notification.link} onClick={() => onFollow(notification)}>
                {notification.text}
              </Link>
            ) : (
              notification.text
            )}
          </p>
          <p className="notification__date">
            <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
