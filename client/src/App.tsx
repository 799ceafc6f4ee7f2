import { Route, Routes } from 'react-router';
import { FeedProvider } from './feed/FeedProvider';
import { RolesProvider } from './host/roles';
import { HomePage } from './feed/HomePage';
import { Layout } from './layout/Layout';
import { lazyScreen, Screens } from './common/lazy';
import { NotificationsProvider } from './notifications/NotificationsProvider';
import { SessionProvider } from './session/session';

// The agent's home is in the first script; every other screen is loaded when first shown.
const MissionApplicantsPage = lazyScreen(
  () => import('./applicants/MissionApplicantsPage'),
  'MissionApplicantsPage',
);
const ReceivedApplicationsPage = lazyScreen(
  () => import('./applicants/ReceivedApplicationsPage'),
  'ReceivedApplicationsPage',
);
const ApplicationsPage = lazyScreen(() => import('./applications/ApplicationsPage'), 'ApplicationsPage');
const ApprovalInboxPage = lazyScreen(() => import('./approvals/ApprovalInboxPage'), 'ApprovalInboxPage');
const MyMissionsPage = lazyScreen(() => import('./host/MyMissionsPage'), 'MyMissionsPage');
const PostMissionPage = lazyScreen(() => import('./host/PostMissionPage'), 'PostMissionPage');
const AccessibilityPage = lazyScreen(() => import('./legal/AccessibilityPage'), 'AccessibilityPage');
const LegalNoticePage = lazyScreen(() => import('./legal/LegalNoticePage'), 'LegalNoticePage');
const NotFoundPage = lazyScreen(() => import('./legal/NotFoundPage'), 'NotFoundPage');
const PersonalDataPage = lazyScreen(() => import('./legal/PersonalDataPage'), 'PersonalDataPage');
const MissionPage = lazyScreen(() => import('./missions/MissionPage'), 'MissionPage');
const ModerationMissionPage = lazyScreen(
  () => import('./moderation/ModerationMissionPage'),
  'ModerationMissionPage',
);
const ModerationPage = lazyScreen(() => import('./moderation/ModerationPage'), 'ModerationPage');
const NotificationPreferencesPage = lazyScreen(
  () => import('./notifications/NotificationPreferencesPage'),
  'NotificationPreferencesPage',
);
const NotificationsPage = lazyScreen(() => import('./notifications/NotificationsPage'), 'NotificationsPage');
const ProfilePage = lazyScreen(() => import('./profile/ProfilePage'), 'ProfilePage');
const SearchPage = lazyScreen(() => import('./search/SearchPage'), 'SearchPage');
const TeamPage = lazyScreen(() => import('./team/TeamPage'), 'TeamPage');
const OutcomesPage = lazyScreen(() => import('./outcomes/OutcomesPage'), 'OutcomesPage');
const NumbersPage = lazyScreen(() => import('./numbers/NumbersPage'), 'NumbersPage');
const AuditLogPage = lazyScreen(() => import('./audit/AuditLogPage'), 'AuditLogPage');

/** The screens and their addresses (French, as people read them). */
export function App() {
  return (
    <SessionProvider>
      <RolesProvider>
        <FeedProvider>
          <NotificationsProvider>
            <Layout>
              <Screens>
                <Routes>
                  <Route path="/" element={<HomePage />} />
                  <Route path="/missions" element={<SearchPage />} />
                  <Route path="/missions/:id" element={<MissionPage />} />
                  <Route path="/candidatures" element={<ApplicationsPage />} />
                  <Route path="/candidatures/:id/convention" element={<OutcomesPage />} />
                  <Route path="/profil" element={<ProfilePage />} />
                  <Route path="/porteur/missions" element={<MyMissionsPage />} />
                  <Route path="/porteur/missions/nouvelle" element={<PostMissionPage />} />
                  <Route path="/porteur/missions/:id/modifier" element={<PostMissionPage />} />
                  <Route path="/validations" element={<ApprovalInboxPage />} />
                  <Route path="/equipe" element={<TeamPage />} />
                  <Route path="/porteur/candidatures" element={<ReceivedApplicationsPage />} />
                  <Route path="/porteur/candidatures/:id" element={<MissionApplicantsPage />} />
                  <Route path="/moderation" element={<ModerationPage />} />
                  <Route path="/moderation/:id" element={<ModerationMissionPage />} />
                  <Route path="/chiffres" element={<NumbersPage />} />
                  <Route path="/journal-audit" element={<AuditLogPage />} />
                  <Route path="/notifications" element={<NotificationsPage />} />
                  <Route path="/notifications/preferences" element={<NotificationPreferencesPage />} />
                  <Route path="/accessibilite" element={<AccessibilityPage />} />
                  <Route path="/mentions-legales" element={<LegalNoticePage />} />
                  <Route path="/donnees-personnelles" element={<PersonalDataPage />} />
                  <Route path="*" element={<NotFoundPage />} />
                </Routes>
              </Screens>
            </Layout>
          </NotificationsProvider>
        </FeedProvider>
      </RolesProvider>
    </SessionProvider>
  );
}
