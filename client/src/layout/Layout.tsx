import { Display, headerFooterDisplayItem } from '@codegouvfr/react-dsfr/Display';
import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { Header, type HeaderProps } from '@codegouvfr/react-dsfr/Header';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { SERVICE_NAME } from '../common/Page';
import { useFeedNews } from '../feed/FeedNews';
import { hasRole, useRoles } from '../host/roles';
import { bellItem, NotificationsPanel } from '../notifications/NotificationsPanel';
import { useNotifications } from '../notifications/NotificationsProvider';
import { MenuSectionContext, type MenuSection } from './menu-section';
import { signInHref, signOut, useSession } from '../session/session';

/** Services Publics+ : where users of a State online service give their opinion. */
export const FEEDBACK_URL = 'https://www.plus.transformation.gouv.fr/';

const brandTop = (
  <>
    République
    <br />
    Française
  </>
);

/**
 * « Missions pour vous », with how many missions the live feed brought since the agent last looked:
 * a count in the menu, in the link's name for screen readers (the header's bell is for notifications).
 */
function feedEntry(unseen: number): { text: ReactNode; label?: string } {
  if (unseen === 0) return { text: 'Missions pour vous' };
  return {
    text: (
      <>
        Missions pour vous{' '}
        <span className="count-pill" aria-hidden="true">
          {unseen}
        </span>
      </>
    ),
    label: `Missions pour vous, ${unseen} nouvelle${unseen > 1 ? 's' : ''}`,
  };
}

/** What arrived live on whichever screen the person is, said politely to screen readers only. */
function Announcement({ text, testId }: { text: string; testId: string }) {
  return (
    <p className="fr-sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid={testId}>
      {text}
    </p>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { agent } = useSession();
  const news = useFeedNews();
  const feed = feedEntry(news.unseen);
  const notifications = useNotifications();
  const roles = useRoles();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After a navigation inside the app, focus goes to the new content, as after a page load.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  const [section, setSection] = useState<MenuSection>(undefined);
  const current = section === undefined ? location.pathname : (section ?? '');
  const at = (path: string) => (path === '/' ? current === '/' : current.startsWith(path));
  const navigation = [
    agent
      ? {
          text: feed.text,
          linkProps: { to: '/', 'aria-label': feed.label },
          isActive: at('/'),
        }
      : { text: 'Accueil', linkProps: { to: '/' }, isActive: at('/') },
    { text: 'Rechercher une mission', linkProps: { to: '/missions' }, isActive: at('/missions') },
    ...(agent
      ? [
          { text: 'Mes candidatures', linkProps: { to: '/candidatures' }, isActive: at('/candidatures') },
          { text: 'Mon profil', linkProps: { to: '/profil' }, isActive: at('/profil') },
        ]
      : []),
    // Menu entries for the roles they serve: hosts post and follow their missions, the programme team
    // moderates and follows the programme's numbers.
    ...(agent && hasRole(roles, 'HOST')
      ? [
          {
            text: 'Mes missions',
            linkProps: { to: '/porteur/missions' },
            isActive: at('/porteur/missions') && !at('/porteur/missions/nouvelle'),
          },
          {
            text: 'Publier une mission',
            linkProps: { to: '/porteur/missions/nouvelle' },
            isActive: at('/porteur/missions/nouvelle'),
          },
        ]
      : []),
    ...(agent && hasRole(roles, 'ADMIN')
      ? [
          { text: 'Modération', linkProps: { to: '/moderation' }, isActive: at('/moderation') },
          { text: 'Chiffres du programme', linkProps: { to: '/chiffres' }, isActive: at('/chiffres') },
        ]
      : []),
    ...(agent && hasRole(roles, 'ADMIN')
      ? [{ text: 'Journal d’audit', linkProps: { to: '/journal-audit' }, isActive: at('/journal-audit') }]
      : []),
    // Managers release their reports' time; the programme team decides for agents without a manager.
    ...(agent && (hasRole(roles, 'MANAGER') || hasRole(roles, 'ADMIN'))
      ? [{ text: 'Demandes à valider', linkProps: { to: '/validations' }, isActive: at('/validations') }]
      : []),
    ...(agent && hasRole(roles, 'MANAGER')
      ? [{ text: 'Mon équipe', linkProps: { to: '/equipe' }, isActive: at('/equipe') }]
      : []),
    ...(agent && hasRole(roles, 'HOST')
      ? [
          {
            text: 'Candidatures reçues',
            linkProps: { to: '/porteur/candidatures' },
            isActive: at('/porteur/candidatures'),
          },
        ]
      : []),
  ];
  const account: HeaderProps.QuickAccessItem = agent
    ? {
        iconId: 'fr-icon-logout-box-r-line',
        text: `Se déconnecter (${agent.displayName})`,
        buttonProps: { onClick: () => void signOut() },
      }
    : {
        iconId: 'fr-icon-account-circle-line',
        text: 'Se connecter',
        linkProps: { to: signInHref(location.pathname + location.search), reloadDocument: true },
      };

  return (
    <>
      <SkipLinks
        links={[
          { label: 'Contenu', anchor: '#contenu' },
          { label: 'Menu', anchor: '#fr-header-main-navigation' },
          { label: 'Pied de page', anchor: '#footer' },
        ]}
      />
      <Header
        brandTop={brandTop}
        serviceTitle={SERVICE_NAME}
        serviceTagline="Partagez vos talents numériques entre administrations"
        homeLinkProps={{ to: '/', title: `Accueil — ${SERVICE_NAME}` }}
        quickAccessItems={[
          ...(agent ? [bellItem(notifications.unreadCount)] : []),
          headerFooterDisplayItem,
          account,
        ]}
        navigation={navigation}
      />
      <Announcement text={news.announcement} testId="feed-announcement" />
      <Announcement text={notifications.announcement} testId="notification-announcement" />
      {agent ? <NotificationsPanel /> : null}
      <main id="contenu" ref={main} tabIndex={-1} className="dashboard-main">
        <MenuSectionContext.Provider value={setSection}>{children}</MenuSectionContext.Provider>
      </main>
      <Footer
        id="footer"
        brandTop={brandTop}
        homeLinkProps={{ to: '/', title: `Accueil — ${SERVICE_NAME}` }}
        accessibility="non compliant"
        accessibilityLinkProps={{ to: '/accessibilite' }}
        termsLinkProps={{ to: '/mentions-legales' }}
        contentDescription="Talents numériques met en relation des agents de l’État et les missions numériques d’autres administrations. Un programme de la Direction interministérielle du numérique (DINUM)."
        bottomItems={[
          { text: 'Données personnelles et cookies', linkProps: { to: '/donnees-personnelles' } },
          {
            text: 'Je donne mon avis',
            iconId: 'fr-icon-chat-3-line',
            linkProps: {
              href: FEEDBACK_URL,
              target: '_blank',
              rel: 'noreferrer',
              title: 'Je donne mon avis — nouvelle fenêtre',
            },
          },
          { text: 'Explorer l’API (GraphiQL)', linkProps: { to: '/graphiql', reloadDocument: true } },
          headerFooterDisplayItem,
        ]}
        license={
          <>
            Sauf mention contraire, les contenus de ce site sont proposés sous{' '}
            <a
              href="https://github.com/etalab/licence-ouverte/blob/master/LO.md"
              target="_blank"
              rel="noreferrer"
              title="licence etalab-2.0 — nouvelle fenêtre"
            >
              licence etalab-2.0
            </a>
          </>
        }
      />
      <Display />
    </>
  );
}
