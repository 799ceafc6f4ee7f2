import { graphql } from '../gql';

/** What the bell, its panel and the notifications page show of one notification. */
export const NotificationItemFragment = graphql(`
  fragment NotificationItem on Notification {
    id
    kind
    text
    link
    read
    createdAt
  }
`);

/** The bell: the unread count and the latest notifications, for the panel. */
export const NotificationBellQuery = graphql(`
  query NotificationBell($first: Int!) {
    me {
      id
      notifications(first: $first) {
        unreadCount
        totalCount
        nodes {
          ...NotificationItem
        }
      }
    }
  }
`);

/** « Mes notifications »: every notification, page by page, newest first. */
export const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {
    me {
      id
      notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
        unreadCount
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...NotificationItem
        }
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all) {
      marked
      unreadCount
    }
  }
`);

/** New notifications of the signed-in agent, live; `after` resumes just after a received cursor. */
export const MyNotificationsSubscription = graphql(`
  subscription MyNotifications($after: String) {
    myNotifications(after: $after) {
      cursor
      notification {
        ...NotificationItem
      }
    }
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    me {
      id
      notificationPreferences {
        kind
        email
        byDefault
      }
    }
  }
`);

export const SetNotificationPreferencesMutation = graphql(`
  mutation SetNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {
    setNotificationPreferences(preferences: $preferences) {
      kind
      email
      byDefault
    }
  }
`);
