import { useMutation, useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { reportOf } from '../common/errors';
import { Page } from '../common/Page';
import { Loading, QueryError } from '../common/states';
import type { NotificationKind, NotificationPreferencesQuery as PreferencesData } from '../gql/graphql';
import { RequireAgent } from '../session/RequireAgent';
import { NOTIFICATION_KINDS } from './kinds';
import { NotificationPreferencesQuery, SetNotificationPreferencesMutation } from './notifications.operations';

type Preference = NonNullable<NonNullable<PreferencesData['me']>['notificationPreferences']>[number];

/** Per kind of notification: in the dashboard only, or by e-mail too. */
export function NotificationPreferencesPage() {
  return (
    <Page
      title="Préférences de notification"
      lead="Toutes vos notifications s’affichent dans le tableau de bord. Choisissez celles que vous recevez aussi par courriel."
    >
      <RequireAgent>{() => <Preferences />}</RequireAgent>
    </Page>
  );
}

function Preferences() {
  const { data, loading, error } = useQuery(NotificationPreferencesQuery, { fetchPolicy: 'network-only' });
  const preferences = data?.me?.notificationPreferences;
  if (loading && !preferences) return <Loading label="Chargement de vos préférences…" />;
  if (!preferences || !data?.me) {
    return <QueryError error={error} title="Vos préférences n’ont pas pu être chargées" />;
  }
  return <PreferencesForm agentId={data.me.id} preferences={preferences} />;
}

function PreferencesForm({ agentId, preferences }: { agentId: string; preferences: readonly Preference[] }) {
  const [email, setEmail] = useState<Partial<Record<NotificationKind, boolean>>>(() =>
    Object.fromEntries(preferences.map((preference) => [preference.kind, preference.email])),
  );
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [save, { loading: saving }] = useMutation(SetNotificationPreferencesMutation, {
    // The answer is every preference: the agent's cached ones become it.
    update(cache, result) {
      const stored = result.data?.setNotificationPreferences;
      const id = cache.identify({ __typename: 'Agent', id: agentId });
      if (stored && id) cache.modify({ id, fields: { notificationPreferences: () => stored } });
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setProblem(null);
    try {
      await save({
        variables: {
          preferences: preferences.map(({ kind }) => ({ kind, email: email[kind] ?? false })),
        },
      });
      setSaved(true);
    } catch (caught) {
      setProblem(reportOf(caught).general.join(' ') || 'Vos préférences n’ont pas été enregistrées.');
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Checkbox
        legend="Recevoir aussi par courriel, à votre adresse professionnelle"
        hintText="Non cochée : dans le tableau de bord seulement (la cloche « Notifications »)."
        options={preferences.map((preference) => ({
          label: NOTIFICATION_KINDS[preference.kind].label,
          hintText: `${NOTIFICATION_KINDS[preference.kind].who}${preference.byDefault ? ' — réglage par défaut' : ''}`,
          nativeInputProps: {
            name: 'email',
            value: preference.kind,
            checked: email[preference.kind] ?? false,
            onChange: (event) => {
              setSaved(false);
              setEmail((previous) => ({ ...previous, [preference.kind]: event.target.checked }));
            },
          },
        }))}
      />
      <div role="status" aria-live="polite">
        {saved ? (
          <Alert
            severity="success"
            small
            description="Vos préférences de notification sont enregistrées."
            className={fr.cx('fr-mb-2w')}
          />
        ) : null}
      </div>
      {problem ? (
        <Alert
          severity="error"
          title="Vos préférences n’ont pas été enregistrées"
          description={problem}
          className={fr.cx('fr-mb-2w')}
        />
      ) : null}
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
        <li>
          <Button type="submit" disabled={saving}>
            {saving ? 'Enregistrement…' : 'Enregistrer mes préférences'}
          </Button>
        </li>
      </ul>
      <p>
        <Link to="/notifications">Retour à mes notifications</Link>
      </p>
    </form>
  );
}
