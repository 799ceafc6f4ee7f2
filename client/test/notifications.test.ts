import { generateDemoData, type DemoData } from '@talents/demo';
import { readSupergraph, type Persona } from '@talents/gateway';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { eventually } from '../../test/support/eventually';
import { startTestHub, type TestHub } from '../../test/support/hub';
import { liveCast, publishMission } from '../../test/support/subscriptions';
import { buildClient, launchChromium, screenshot, seriousViolations, tabTo } from './support/browser';

type DemoAgent = DemoData['agents'][number];

/**
 * The header's notification bell (issue 14), in Debian's Chromium, against the real hub with demo
 * data: the manager persona's page is open when one of their reports applies (through the API);
 * the bell's count rises live, without a reload; the panel opens with the keyboard, shows the
 * French text and marks everything read; after the socket drops, the notification written
 * meanwhile arrives once (resumed from the last cursor); following a notification opens its page;
 * the page of all notifications and the preferences screen. axe-core on each; screenshots saved.
 */
describe('the notification bell in Chromium', () => {
  const demo = generateDemoData({ size: { agents: 60, missions: 20, applications: 10 } });
  const cast = liveCast(demo);
  let hub: TestHub;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let manager: Persona;
  let report: DemoAgent;
  const missions: string[] = [];
  const problems: string[] = [];
  /** Console errors the test provokes itself (the browser cut off from the network), not the page's. */
  let offline = false;

  const url = (path: string) => `${hub.gateway.url}${path}`;
  const expectAccessible = async () => expect(await seriousViolations(page)).toEqual([]);
  const bell = (unread: string) =>
    page.getByRole('button', { name: `Notifications, ${unread}`, exact: true });
  const panel = () => page.getByRole('dialog', { name: 'Notifications' });
  const item = (hours: number) =>
    panel()
      .getByTestId('notifications-panel-list')
      .locator(':scope > li')
      .filter({ hasText: `demande à être libéré ${hours} h pour une mission` });

  /** The report applies to the n-th mission through the API, as from another browser. */
  async function apply(n: number, hours: number): Promise<string> {
    const applied = await hub.queryAs<{ apply: { id: string } }>(
      report.id,
      `mutation ($input: ApplyInput!) { apply(input: $input) { id } }`,
      {
        input: {
          missionId: missions[n],
          motivation: 'J’ai déjà conduit ce type de mission dans mon service.',
          proposedHours: hours,
        },
      },
    );
    expect(applied.errors).toBeUndefined();
    return applied.data?.apply.id ?? '';
  }

  beforeAll(async () => {
    [hub] = await Promise.all([startTestHub(demo, { personaLogin: true }), buildClient()]);
    // The manager persona, and one of their reports who holds no other role in the scenario.
    const admins = new Set(demo.programmeAdmins ?? []);
    const referents = new Set((demo.hostReferents ?? []).map((r) => r.agentId));
    const found = hub.personas
      .map((persona) => ({
        persona,
        reports: demo.agents.filter(
          (a) =>
            a.managerId === persona.agentId &&
            !admins.has(a.id) &&
            !referents.has(a.id) &&
            a.id !== cast.host.id,
        ),
      }))
      .find(({ reports }) => reports.length > 0);
    if (!found?.reports[0]) throw new Error('aucun manager parmi les profils de démonstration');
    manager = found.persona;
    report = found.reports[0];
    for (const title of [
      'Audit du formulaire de demande de bourse',
      'Refonte du simulateur d’aides',
      'Atelier sur le tableau de bord RH',
    ]) {
      missions.push(await publishMission(hub, cast, { title, skillIds: [demo.skills[0]?.id ?? ''] }));
    }
    // Approvals refuses an application until mission.changed has told it of the mission.
    await eventually(
      async () =>
        (await hub.subgraphs.approvals!.db.query(
          `SELECT count(*)::int AS n FROM approvals.mission_projection WHERE mission_id = ANY($1) AND status = 'PUBLISHED'`,
          [missions],
        )) as Array<{ n: number }>,
      (rows) => rows[0]?.n === missions.length,
    );
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (offline && /WebSocket connection to .* failed/.test(message.text())) return;
      problems.push(`console: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await hub?.stop();
  });

  afterEach(() => {
    // Each test answers for the console errors and page errors of its own steps.
    expect(problems.splice(0)).toEqual([]);
  });

  it('gives the signed-in manager a bell whose name says how many are unread', async () => {
    await page.goto(url('/'));
    await page.getByRole('heading', { level: 1, name: 'Partagez vos talents numériques' }).waitFor();
    // A visitor has none.
    await expect(page.getByRole('button', { name: /^Notifications/ }).count()).resolves.toBe(0);
    await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).click();
    await page.getByRole('button', { name: `Se connecter en tant que ${manager.displayName}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Missions pour vous' }).waitFor();
    await bell('aucune non lue').waitFor();
    await expectAccessible();
    await screenshot(page, '50-cloche');
  });

  it('raises the count live when a report applies, without reloading the page', async () => {
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    // The bell's subscription is up once approvals' feed has its subscriber.
    await eventually(
      async () => hub.subgraphs.approvals!.feed?.size ?? 0,
      (size) => size >= 1,
    );
    await apply(0, 6);
    await bell('1 non lue').waitFor();
    await page
      .getByTestId('notification-announcement')
      .getByText(/^Nouvelle notification : Un agent que vous encadrez demande à être libéré 6 h/)
      .waitFor();
    await expect(page.evaluate(() => 'sameDocument' in window)).resolves.toBe(true);
  });

  it('opens the panel from the keyboard: the French text, unread, its date and where it leads', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, bell('1 non lue'));
    await page.keyboard.press('Enter');
    await panel().waitFor();
    const request = item(6);
    await request.getByText('Non lue', { exact: true }).waitFor();
    await request.getByText(/^\d{1,2} \S+ \d{4} à \d{2}:\d{2}$/).waitFor();
    const link = request.getByRole('link', {
      name: 'Un agent que vous encadrez demande à être libéré 6 h pour une mission : votre décision est attendue.',
    });
    expect(await link.getAttribute('href')).toBe('/validations');
    await panel().getByText('1 notification non lue.').waitFor();
    await expectAccessible();
    await screenshot(page, '51-cloche-panneau');
  });

  it('marks them all read from the panel with the keyboard: the count comes down', async () => {
    await tabTo(page, panel().getByRole('button', { name: 'Tout marquer comme lu' }));
    await page.keyboard.press('Enter');
    await bell('aucune non lue').waitFor();
    await panel()
      .getByRole('status')
      .getByText('Toutes vos notifications sont marquées comme lues.')
      .waitFor();
    await expect(item(6).getByText('Non lue', { exact: true }).count()).resolves.toBe(0);
    await expectAccessible();
    // Escape closes the panel and gives the focus back to the bell.
    await page.keyboard.press('Escape');
    await panel().waitFor({ state: 'hidden' });
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'notification-bell',
    );
  });

  it('after the socket drops, counts what came meanwhile once: it resumes from its last cursor', async () => {
    // Cut off, then every socket closed (4205): the bell cannot hear the next notification live.
    offline = true;
    await context.setOffline(true);
    hub.gateway.updateSupergraph(readSupergraph());
    await page.locator('[data-testid=feed-connection][data-state=warning]').waitFor();
    const meanwhile = await apply(1, 7);
    await eventually(
      async () =>
        (await hub.subgraphs.approvals!.db.query(
          'SELECT count(*)::int AS n FROM approvals.notifications WHERE application_id = $1',
          [meanwhile],
        )) as Array<{ n: number }>,
      (rows) => (rows[0]?.n ?? 0) > 0,
    );
    await context.setOffline(false);
    // Back: the missed notification first (after the last cursor), then the live ones.
    await bell('1 non lue').waitFor({ timeout: 20_000 });
    offline = false;
    await page.getByTestId('feed-connection').getByText('En direct', { exact: true }).waitFor();
    await apply(2, 9);
    await bell('2 non lues').waitFor();
    await bell('2 non lues').click();
    await panel().waitFor();
    await expect(item(7).count()).resolves.toBe(1);
    await expect(item(9).count()).resolves.toBe(1);
    await expect(item(6).count()).resolves.toBe(1);
    await panel().getByText('2 notifications non lues.').waitFor();
  });

  it('follows a notification to its page, which marks it read', async () => {
    await item(9).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Demandes à valider' }).waitFor();
    await bell('1 non lue').waitFor();
    await panel().waitFor({ state: 'hidden' });
  });

  it('lists every notification on « Mes notifications », and saves the e-mail preferences', async () => {
    await bell('1 non lue').click();
    await panel().getByRole('link', { name: 'Toutes mes notifications' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes notifications' }).waitFor();
    const list = page.getByTestId('notifications-list').locator(':scope > li');
    await list.nth(2).waitFor();
    await page.getByTestId('notifications-count').getByText('3 notifications, dont 1 non lue').waitFor();
    await page.getByText('Seulement les non lues').click();
    await page.getByTestId('notifications-count').getByText('1 notification non lue').waitFor();
    await expect(list.count()).resolves.toBe(1);
    await expectAccessible();
    await screenshot(page, '52-mes-notifications');

    await page.getByRole('link', { name: 'Préférences de notification' }).click();
    await page.getByRole('heading', { level: 1, name: 'Préférences de notification' }).waitFor();
    const withdrawn = page.getByRole('checkbox', { name: /^Un agent a retiré sa candidature/ });
    await expect(withdrawn.isChecked()).resolves.toBe(false);
    // With the keyboard: the DSFR's label lies over its box.
    await withdrawn.focus();
    await page.keyboard.press('Space');
    await expect(withdrawn.isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Enregistrer mes préférences' }).click();
    await page.getByRole('status').getByText('Vos préférences de notification sont enregistrées.').waitFor();
    await expectAccessible();
    await screenshot(page, '53-preferences-de-notification');
    const saved = await hub.queryAs<{
      me: { notificationPreferences: Array<{ kind: string; email: boolean; byDefault: boolean }> };
    }>(manager.agentId, '{ me { notificationPreferences { kind email byDefault } } }');
    expect(saved.data?.me.notificationPreferences).toContainEqual({
      kind: 'APPLICATION_WITHDRAWN',
      email: true,
      byDefault: false,
    });
    await page.reload();
    await expect(
      page.getByRole('checkbox', { name: /^Un agent a retiré sa candidature/ }).isChecked(),
    ).resolves.toBe(true);
  });
});
