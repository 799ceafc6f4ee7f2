import { Route, Routes } from 'react-router';
import { MissionApplicantsPage } from './applicants/MissionApplicantsPage';
import { ReceivedApplicationsPage } from './applicants/ReceivedApplicationsPage';
import { ApplicationsPage } from './applications/ApplicationsPage';
import { ApprovalInboxPage } from './approvals/ApprovalInboxPage';
import { FeedProvider } from './feed/FeedProvider';
import { MyMissionsPage } from './host/MyMissionsPage';
import { PostMissionPage } from './host/PostMissionPage';
import { RolesProvider } from './host/roles';
import { HomePage } from './feed/HomePage';
import { Layout } from './layout/Layout';
import { AccessibilityPage } from './legal/AccessibilityPage';
import { LegalNoticePage } from './legal/LegalNoticePage';
import { NotFoundPage } from './legal/NotFoundPage';
import { NotificationPreferencesPage } from './notifications/NotificationPreferencesPage';
import { NotificationsPage } from './notifications/NotificationsPage';
import { NotificationsProvider } from './notifications/NotificationsProvider';
import { PersonalDataPage } from './legal/PersonalDataPage';
import { MissionPage } from './missions/MissionPage';
import { ModerationMissionPage } from './moderation/ModerationMissionPage';
import { ModerationPage } from './moderation/ModerationPage';
import { ProfilePage } from './profile/ProfilePage';
import { SearchPage } from './search/SearchPage';
import { SessionProvider } from './session/session';

/** The screens and their addresses (French, as people read them). */
export function App() {
  return (
    <SessionProvider>
      <RolesProvider>
        <FeedProvider>
          <NotificationsProvider>
            <Layout>
              <Routes>
                <Route path="/" element={<HomePage />} />
                <Route path="/missions" element={<SearchPage />} />
                <Route path="/missions/:id" element={<MissionPage />} />
                <Route path="/candidatures" element={<ApplicationsPage />} />
                <Route path="/profil" element={<ProfilePage />} />
                <Route path="/porteur/missions" element={<MyMissionsPage />} />
                <Route path="/porteur/missions/nouvelle" element={<PostMissionPage />} />
                <Route path="/porteur/missions/:id/modifier" element={<PostMissionPage />} />
                <Route path="/validations" element={<ApprovalInboxPage />} />
                <Route path="/porteur/candidatures" element={<ReceivedApplicationsPage />} />
                <Route path="/porteur/candidatures/:id" element={<MissionApplicantsPage />} />
                <Route path="/moderation" element={<ModerationPage />} />
                <Route path="/moderation/:id" element={<ModerationMissionPage />} />
                <Route path="/notifications" element={<NotificationsPage />} />
                <Route path="/notifications/preferences" element={<NotificationPreferencesPage />} />
                <Route path="/accessibilite" element={<AccessibilityPage />} />
                <Route path="/mentions-legales" element={<LegalNoticePage />} />
                <Route path="/donnees-personnelles" element={<PersonalDataPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Routes>
            </Layout>
          </NotificationsProvider>
        </FeedProvider>
      </RolesProvider>
    </SessionProvider>
  );
}
