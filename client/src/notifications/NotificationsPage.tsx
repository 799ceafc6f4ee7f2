import { NetworkStatus, useQuery } from '@apollo/client';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { useState } from 'react';
import { Page } from '../common/Page';
import { Loading, QueryError } from '../common/states';
import type { NotificationItemFragment } from '../gql/graphql';
import { RequireAgent } from '../session/RequireAgent';
import { countLabel, unreadLabel } from './kinds';
import { MarkingFeedback, NotificationActions, useMarking } from './marking';
import { NotificationList } from './NotificationList';
import { NotificationsQuery } from './notifications.operations';

const PAGE_SIZE = 20;

/** « Mes notifications »: all of them, twenty at a time, or the unread ones only. */
export function NotificationsPage() {
  return (
    <Page
      title="Mes notifications"
      lead="Chaque étape de vos candidatures, et les demandes qui attendent votre décision."
    >
      <RequireAgent>{() => <AllNotifications />}</RequireAgent>
    </Page>
  );
}

function AllNotifications() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(NotificationsQuery, {
    variables: { first: PAGE_SIZE, unreadOnly },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // A list of unread ones only loses those just read.
  const marking = useMarking(() => {
    if (unreadOnly) void refetch();
  });
  const connection = data?.me?.notifications;
  const follow = (notification: NotificationItemFragment) => {
    if (!notification.read) void marking.mark([notification.id], null);
  };

  const body = (() => {
    if (networkStatus === NetworkStatus.loading && !connection) {
      return <Loading label="Chargement des notifications…" />;
    }
    if (!connection) return <QueryError error={error} title="Les notifications n’ont pas pu être chargées" />;
    if (connection.nodes.length === 0) {
      return (
        <p data-testid="notifications-empty">
          {unreadOnly
            ? 'Aucune notification non lue : vous êtes à jour.'
            : 'Vous n’avez aucune notification pour le moment. Vous serez prévenu ici de chaque étape de vos candidatures et des demandes qui attendent votre décision.'}
        </p>
      );
    }
    return (
      <>
        <NotificationList notifications={connection.nodes} onFollow={follow} testId="notifications-list" />
        {error ? <QueryError error={error} title="La suite n’a pas pu être chargée" /> : null}
        {connection.pageInfo.hasNextPage ? (
          <Button
            priority="secondary"
            disabled={networkStatus === NetworkStatus.fetchMore}
            onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          >
            {networkStatus === NetworkStatus.fetchMore ? 'Chargement…' : 'Afficher plus de notifications'}
          </Button>
        ) : null}
      </>
    );
  })();

  return (
    <>
      <div className="notifications-toolbar">
        <Checkbox
          small
          options={[
            {
              label: 'Seulement les non lues',
              nativeInputProps: {
                checked: unreadOnly,
                onChange: (event) => setUnreadOnly(event.target.checked),
              },
            },
          ]}
        />
        <NotificationActions marking={marking} canMarkAll />
      </div>
      <p aria-live="polite" data-testid="notifications-count">
        {connection
          ? unreadOnly
            ? countLabel(connection.totalCount, true)
            : `${countLabel(connection.totalCount)}, dont ${unreadLabel(connection.unreadCount)}`
          : null}
      </p>
      <MarkingFeedback marking={marking} />
      {body}
    </>
  );
}
