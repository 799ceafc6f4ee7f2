import { useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import { Page } from '../common/Page';
import { Loading, QueryError } from '../common/states';
import { RequireAgent } from '../session/RequireAgent';
import { AvailabilityForm } from './AvailabilityForm';
import { UndeclaredEndorsedSkills } from './Endorsements';
import { IdentityForm } from './IdentityForm';
import { MyProfileQuery } from './profile.operations';
import { SkillsForm } from './SkillsForm';
import { VisibilityForm } from './VisibilityForm';

export function ProfilePage() {
  return (
    <Page
      title="Mon profil"
      lead="Ce que les porteurs de besoin voient de vous, et ce qui décide des missions proposées."
    >
      <RequireAgent>{() => <Profile />}</RequireAgent>
    </Page>
  );
}

function Profile() {
  const { data, loading, error } = useQuery(MyProfileQuery, { fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading />;
  const me = data?.me;
  if (!me || !data) return <QueryError error={error} />;
  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
      <div className={fr.cx('fr-col-12', 'fr-col-lg-6')}>
        <section className="profile-section">
          <SkillsForm
            agentId={me.id}
            version={me.version ?? null}
            held={(me.skills ?? []).map((held) => ({ skillId: held.skill.id, level: held.level }))}
            referential={data.skills ?? []}
            endorsements={
              new Map(
                [...(me.skills ?? []), ...(me.undeclaredEndorsedSkills ?? [])].map((entry) => [
                  entry.skill.id,
                  entry.endorsements,
                ]),
              )
            }
          />
        </section>
        <UndeclaredEndorsedSkills skills={me.undeclaredEndorsedSkills ?? []} />
        <section className="profile-section">
          <AvailabilityForm
            agentId={me.id}
            version={me.version ?? null}
            availability={me.availability ?? null}
          />
        </section>
      </div>
      <div className={fr.cx('fr-col-12', 'fr-col-lg-6')}>
        <section className="profile-section">
          <IdentityForm me={me} />
        </section>
        <section className="profile-section">
          <VisibilityForm
            agentId={me.id}
            version={me.version ?? null}
            inDirectory={me.inDirectory ?? true}
            hiddenFrom={(me.hiddenFromAdministrations ?? []).map((administration) => administration.id)}
            administrations={data.administrations ?? []}
          />
        </section>
      </div>
      <div className={fr.cx('fr-col-12')}>
        <section className="profile-section" aria-labelledby="profile-notifications">
          <h2 id="profile-notifications">Notifications</h2>
          <p>
            Choisissez, pour chaque nature de notification, si vous la recevez aussi par courriel.{' '}
            <Link to="/notifications/preferences">Préférences de notification</Link>
          </p>
        </section>
      </div>
    </div>
  );
}
