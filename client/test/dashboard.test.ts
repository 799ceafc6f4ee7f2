import { gzipSync } from 'node:zlib';
import { generateDemoData } from '@talents/demo';
import { readSupergraph, type Persona } from '@talents/gateway';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../../test/support/hub';
import { eventually } from '../../test/support/eventually';
import { liveCast, publishMission, waitFor, waitForProjectedSkill } from '../../test/support/subscriptions';
import { buildClient, launchChromium, screenshot, seriousViolations } from './support/browser';

/**
 * The agent's screens of the dashboard, in Debian's Chromium, against the real hub (three subgraphs,
 * gateway serving client/dist) with demo data: sign in as the agent persona, edit the profile, watch
 * the live feed receive a mission the programme team publishes, survive a dropped socket, apply,
 * follow and withdraw the application. axe-core checks every screen; screenshots are saved.
 */
describe('the agent dashboard in Chromium', () => {
  const demo = generateDemoData({ size: { agents: 60, missions: 20, applications: 10 } });
  const cast = liveCast(demo);
  let hub: TestHub;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let agent: Persona;
  const problems: string[] = [];

  // A skill the persona does not hold yet: added through « Mon profil », then required by the missions.
  let skill: { id: string; label: string };
  const firstTitle = 'Audit RGAA du portail des aides';
  let firstMissionId = '';
  const secondTitle = 'Revue d’accessibilité du simulateur';

  const url = (path: string) => `${hub.gateway.url}${path}`;
  const expectAccessible = async () => expect(await seriousViolations(page)).toEqual([]);
  const feedItems = () => page.locator('[data-testid=live-feed] > li');

  beforeAll(async () => {
    [hub] = await Promise.all([startTestHub(demo, { personaLogin: true }), buildClient()]);
    const persona = hub.personas[0];
    if (!persona) throw new Error('aucun profil de démonstration');
    agent = persona;
    const held = new Set(demo.agents.find((a) => a.id === agent.agentId)?.skills.map((s) => s.skillId));
    const free = demo.skills.find((s) => !held.has(s.id));
    if (!free) throw new Error('aucune compétence libre');
    skill = free;
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('signs in through the persona picker and opens on the live feed and the recommendations', async () => {
    await page.goto(url('/'));
    await page.getByRole('heading', { level: 1, name: 'Partagez vos talents numériques' }).waitFor();
    await expectAccessible();
    await screenshot(page, '01-accueil-visiteur');

    await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).click();
    await page.getByRole('button', { name: `Se connecter en tant que ${agent.displayName}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Missions pour vous' }).waitFor();
    await page.getByTestId('feed-connection').getByText('En direct', { exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Recommandées pour vous' }).waitFor();
    await page.getByRole('button', { name: /Se déconnecter/ }).waitFor();
    await expectAccessible();
    await screenshot(page, '02-missions-pour-vous');
  });

  it('edits the skills in « Mon profil », without offering to change the administration', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Mon profil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Mes compétences' }).waitFor();
    // The administration is shown, not offered for editing (it comes from the identity provider).
    await page.getByText('Elle vient de votre compte ProConnect').waitFor();
    expect(await page.locator('[name=administrationId]').count()).toBe(0);
    await page.getByLabel('Compétence', { exact: true }).selectOption({ label: skill.label });
    await page.getByLabel('Niveau', { exact: true }).selectOption({ label: 'Expert' });
    await page.getByRole('button', { name: 'Ajouter' }).click();
    await page.getByRole('button', { name: 'Enregistrer mes compétences' }).click();
    await page.getByText('Enregistré.').waitFor();
    await expectAccessible();
    await screenshot(page, '03-mon-profil');
    await waitForProjectedSkill(hub, agent.agentId, skill.id);
  });

  it('shows a mission the moment it is published, with why it matches, and announces it', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Missions pour vous' }).click();
    await page.getByTestId('feed-connection').getByText('En direct', { exact: true }).waitFor();
    await waitFor(() => hub.gateway.subscriptions.active >= 1);

    firstMissionId = await publishMission(hub, cast, { title: firstTitle, skillIds: [skill.id] });
    const item = feedItems().filter({ hasText: firstTitle });
    await item.waitFor({ timeout: 5000 });
    await item.getByText(/Correspondance : \d+ %/).waitFor();
    await item.getByText(skill.label).waitFor();
    await expect(page.getByRole('status').filter({ hasText: firstTitle }).count()).resolves.toBe(1);
    await expectAccessible();
    await screenshot(page, '04-flux-en-direct');
  });

  it('reconnects by itself after the socket drops and catches up from its last cursor, once', async () => {
    // A supergraph update closes every live socket (4205): the client must resubscribe with `after`.
    hub.gateway.updateSupergraph(readSupergraph());
    await page.locator('[data-testid=feed-connection][data-state=warning]').waitFor({ timeout: 5000 });
    await publishMission(hub, cast, { title: secondTitle, skillIds: [skill.id] });
    await feedItems().filter({ hasText: secondTitle }).waitFor({ timeout: 10_000 });
    await page.getByTestId('feed-connection').getByText('En direct', { exact: true }).waitFor();
    expect(await feedItems().count()).toBe(2);
    expect(await feedItems().filter({ hasText: firstTitle }).count()).toBe(1);
  });

  it('applies from the mission page, with messages as the person types', async () => {
    // The feed shows a mission the moment missions publishes it; approvals learns of it through
    // mission.changed a moment later, and refuses an application until then (seen once on a loaded
    // machine): this test is about the form, so it waits for approvals to know the mission.
    await eventually(
      async () =>
        (await hub.subgraphs.approvals!.db.query(
          `SELECT status FROM approvals.mission_projection WHERE mission_id = $1`,
          [firstMissionId],
        )) as Array<{ status: string }>,
      (rows) => rows[0]?.status === 'PUBLISHED',
    );
    await feedItems().filter({ hasText: firstTitle }).getByRole('link', { name: firstTitle }).click();
    await page.getByRole('heading', { level: 1, name: firstTitle }).waitFor();
    await expectAccessible();

    const motivation = page.getByLabel('Votre motivation');
    await motivation.fill('Trop court');
    await page.getByText('Encore 10 caractères au moins').waitFor();
    await motivation.fill('J’ai audité trois services en ligne selon le RGAA cette année.');
    await expect(page.getByText(/Encore \d+ caractère/).count()).resolves.toBe(0);
    const hours = page.getByLabel('Heures proposées');
    await hours.fill('200');
    await page.getByText('Le nombre d’heures doit être compris entre 1 et 105.').waitFor();
    await expectAccessible();
    await screenshot(page, '05-mission-candidater');
    await hours.fill('12');
    // The confirmation's live region is in the page before anything is said into it (a region
    // inserted with its text is often not announced)…
    const status = page.getByTestId('apply-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect((await status.textContent())?.trim()).toBe('');
    await page.getByRole('button', { name: 'Déposer ma candidature' }).click();
    await status.getByText('Candidature déposée').waitFor();
    // …and the confirmation stays there, with the focus on it, once the mission — fetched again with
    // the new application — has replaced the form with « Vous avez candidaté ».
    await page.getByText('Vous avez candidaté à cette mission').waitFor();
    await expect(page.getByRole('button', { name: 'Déposer ma candidature' }).count()).resolves.toBe(0);
    await expect(status.getByText('Candidature déposée').isVisible()).resolves.toBe(true);
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'apply-status');
    await expectAccessible();
  });

  it('lists the application with its status in « Mes candidatures » and withdraws it with a reason', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Mes candidatures' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes candidatures' }).waitFor();
    const card = page.locator('[data-testid=applications] > li').filter({ hasText: firstTitle });
    await card.getByText('Déposée — en attente de votre supérieur').waitFor();
    await expectAccessible();
    await screenshot(page, '06-mes-candidatures');

    await card.getByRole('button', { name: 'Retirer ma candidature' }).click();
    await card.getByRole('button', { name: 'Confirmer le retrait' }).click();
    await card.getByText('Choisissez un motif.').waitFor();
    await card.getByText('Charge de travail', { exact: true }).click();
    await expectAccessible();
    await card.getByRole('button', { name: 'Confirmer le retrait' }).click();
    await card.getByText('Retirée', { exact: true }).waitFor();
    await card.getByText('Motif : Charge de travail').waitFor();
  });

  it('searches the published missions with filters kept in the address', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Rechercher une mission' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rechercher une mission' }).waitFor();
    await page.getByLabel('Mots-clés').fill('simulateur');
    await page.getByLabel('Modalité').selectOption({ label: 'À distance' });
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByTestId('search-results').getByText(secondTitle).waitFor();
    expect(new URL(page.url()).searchParams.get('modalite')).toBe('REMOTE');
    await expectAccessible();
    await screenshot(page, '07-recherche');
  });

  it('sends the agent’s first screen in at most 250 KB of gzipped scripts, other screens when shown', async () => {
    // A cold cache, signed in already: the scripts of « Missions pour vous » as the bench counts them
    // (bench/client.bench.ts: each script gzipped at level 6).
    const fresh = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    try {
      const [name = '', value = ''] = (await hub.sessionCookie(agent.agentId)).split(/=(.*)/s);
      await fresh.addCookies([{ name, value, url: hub.gateway.url }]);
      const first = await fresh.newPage();
      first.setDefaultTimeout(10_000);
      const scripts: Promise<{ file: string; gzip: number }>[] = [];
      first.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        const file = new URL(response.url()).pathname.split('/').pop() ?? '';
        scripts.push(response.body().then((body) => ({ file, gzip: gzipSync(body, { level: 6 }).length })));
      });
      await first.goto(url('/'));
      await first.locator('[data-testid=recommended] > li').first().waitFor();
      await first.waitForLoadState('networkidle');
      const loaded = await Promise.all(scripts);
      expect(loaded.reduce((total, script) => total + script.gzip, 0)).toBeLessThanOrEqual(250 * 1024);
      const otherRoles =
        /^(PostMission|MyMissions|ApprovalInbox|Moderation|MissionApplicants|ReceivedApplications)/;
      expect(loaded.map((script) => script.file).filter((file) => otherRoles.test(file))).toEqual([]);

      // A screen not shown yet says it is loading, in French, until its script has come.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await first.route(/\/assets\/ProfilePage-[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await first.getByRole('navigation').getByRole('link', { name: 'Mon profil' }).click();
      await first.getByRole('status').filter({ hasText: 'Chargement de la page…' }).waitFor();
      release();
      await first.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();

      // A script that cannot come (the network is lost, or a new version replaced the files) is told.
      await first.route(/\/assets\/SearchPage-[^/]+\.js$/, (route) => route.abort());
      await first.getByRole('navigation').getByRole('link', { name: 'Rechercher une mission' }).click();
      await first.getByText('Cette page n’a pas pu être chargée').waitFor();
      await first.getByRole('button', { name: 'Recharger la page' }).waitFor();
      expect(await seriousViolations(first)).toEqual([]);
      await screenshot(first, '12-page-non-chargee');
    } finally {
      await fresh.close();
    }
  });

  it.each([
    ['/accessibilite', 'Déclaration d’accessibilité', '08-accessibilite'],
    ['/mentions-legales', 'Mentions légales', '09-mentions-legales'],
    ['/donnees-personnelles', 'Données personnelles', '10-donnees-personnelles'],
  ])('serves %s (history fallback), reachable from the footer', async (path, title, shot) => {
    await page.goto(url(path));
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const footer = page.getByRole('contentinfo');
    await footer.getByRole('link', { name: /Je donne mon avis/ }).waitFor();
    await footer.getByText(/Accessibilité : non conforme/).waitFor();
    await expectAccessible();
    await screenshot(page, shot);
  });

  it('switches to the dark theme from the display settings', async () => {
    await page
      .getByRole('banner')
      .getByRole('button', { name: /Paramètres d.affichage/ })
      .click();
    await page.getByText('Thème sombre').click();
    await page.waitForFunction("document.documentElement.getAttribute('data-fr-theme') === 'dark'");
    await page.getByRole('button', { name: 'Fermer' }).first().click();
    await page.goto(url('/'));
    await page.getByRole('heading', { level: 1, name: 'Missions pour vous' }).waitFor();
    await expectAccessible();
    await screenshot(page, '11-theme-sombre');
  });

  it('sends an expired session back to sign-in, then to the page it was on', async () => {
    await context.clearCookies();
    await page.getByRole('navigation').getByRole('link', { name: 'Mon profil' }).click();
    await page.waitForURL(/\/auth\/personas\?returnTo=%2Fprofil/);
    await page.getByRole('button', { name: `Se connecter en tant que ${agent.displayName}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/profil');
  });

  it('logged no console error on the way', () => {
    expect(problems).toEqual([]);
  });
});
