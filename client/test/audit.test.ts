import { generateDemoData, type DemoData } from '@talents/demo';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dataOf } from '../../test/support/graphql';
import { startTestHub, type TestHub } from '../../test/support/hub';
import { missionInput } from '../../test/support/mission-input';
import {
  applyThroughApi,
  liveCast,
  publishMission,
  waitForProjectedMission,
  type LiveCast,
} from '../../test/support/subscriptions';
import {
  buildClient,
  endBrowserSuite,
  launchChromium,
  screenshot,
  seriousViolations,
  signedInHome,
  tabTo,
} from './support/browser';
import { agentsFreeToApply } from './support/people';

type DemoAgent = DemoData['agents'][number];

/** The screen's page size (client/src/audit/AuditLogPage.tsx). */
const PAGE_SIZE = 20;

/**
 * The programme team's audit log and the agent's application timeline, in Debian's Chromium,
 * against the real hub with demo data. Through the API, a host edits a draft mission more times than
 * a page holds, and an agent applies and is released by their manager. The programme team filters
 * the log by service and author, reads the host's last edit with its fields before → after, pages
 * back to the mission's creation with « Charger la suite » (keyboard only), then finds the release
 * by the agent concerned; a plain agent is refused the screen and has no menu entry. The agent's
 * « Mes candidatures » shows the steps in order, the current one marked. axe-core checks every
 * screen; screenshots are saved.
 */
describe('the audit log and the application timeline in Chromium', () => {
  const demo = generateDemoData({ size: { agents: 60, missions: 20, applications: 10 } });
  let cast: LiveCast;
  let hub: TestHub;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  let applicant: DemoAgent;
  let manager: DemoAgent;
  let draftId: string;
  const draftTitle = 'Cartographie des démarches à dématérialiser';
  const editedTitle = (n: number) => `${draftTitle} — version ${n}`;
  /** Edits of the draft: more than a page of the log, with its creation. */
  const edits = PAGE_SIZE + 2;
  const missionTitle = 'Appui à la refonte du site des bourses';

  const url = (path: string) => `${hub.gateway.url}${path}`;
  const expectAccessible = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
  const nav = (page: Page) => page.getByRole('navigation', { name: /Menu principal/ });
  const nameOf = (agent: DemoAgent) => `${agent.firstName} ${agent.lastName.toUpperCase()}`;
  const service = (page: Page) => page.getByRole('combobox', { name: /^Service/ });
  const entries = (page: Page) => page.getByTestId('audit-entries').getByTestId('audit-entry');

  const signedIn = (agentId: string) => signedInHome({ browser, hub, contexts, problems }, agentId);
  const as = async <T>(agentId: string, query: string, variables: Record<string, unknown>) =>
    dataOf(await hub.queryAs<T>(agentId, query, variables));

  beforeAll(async () => {
    cast = liveCast(demo);
    const [found] = agentsFreeToApply(demo);
    const boss = demo.agents.find((a) => a.id === found?.managerId);
    if (!found || !boss) throw new Error('aucun agent avec un supérieur disponible');
    applicant = found;
    manager = boss;

    [hub] = await Promise.all([startTestHub(demo, { personaLogin: true }), buildClient()]);

    const host = {
      hostAdministrationId: cast.referent.administrationId,
      contactAgentId: cast.host.id,
      skillIds: [applicant.skills[0]?.skillId ?? ''],
    };
    // An agent applies to a published mission; their manager releases the time.
    const missionId = await publishMission(hub, cast, { title: missionTitle, skillIds: host.skillIds });
    await waitForProjectedMission(hub, missionId);
    const applicationId = await applyThroughApi(hub, applicant.id, {
      missionId,
      motivation: 'J’ai conduit la refonte de deux démarches en ligne, avec leurs usagers.',
      proposedHours: 10,
    });
    await as(manager.id, `mutation ($id: ID!) { approveApplication(id: $id) { id } }`, { id: applicationId });
    // Then the host writes a draft and edits it, one title after another: their latest actions.
    const created = await as<{ createMission: { id: string; version: number } }>(
      cast.host.id,
      `mutation ($input: MissionInput!) { createMission(input: $input) { id version } }`,
      { input: missionInput(host, { title: draftTitle, seats: 2 }) },
    );
    draftId = created.createMission.id;
    let version = created.createMission.version;
    for (let n = 1; n <= edits; n += 1) {
      const updated = await as<{ updateMission: { version: number } }>(
        cast.host.id,
        `mutation ($id: ID!, $input: MissionInput!, $expectedVersion: Int) {
          updateMission(id: $id, input: $input, expectedVersion: $expectedVersion) { version }
        }`,
        // The last edit also changes the seats: two fields before → after.
        {
          id: draftId,
          expectedVersion: version,
          input: missionInput(host, { title: editedTitle(n), seats: n === edits ? 3 : 2 }),
        },
      );
      version = updated.updateMission.version;
    }
    browser = await launchChromium();
  }, 120_000);

  endBrowserSuite(() => ({ contexts, browser, hub }), problems);

  it('shows the agent the steps of their application in order, the current one marked', async () => {
    const page = await signedIn(applicant.id);
    await nav(page).getByRole('link', { name: 'Mes candidatures' }).click();
    const card = page.locator('[data-testid=applications] > li').filter({ hasText: missionTitle });
    const timeline = card.getByRole('list', { name: 'Étapes de la candidature' });
    await timeline.waitFor();
    const steps = timeline.getByRole('listitem');
    await expect(steps.allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Candidature déposée\s+le \d+ \S+ \d{4} à \d\d:\d\d$/),
      expect.stringMatching(
        /^Temps libéré par votre supérieur\s*\(étape actuelle\)\s+le \d+ \S+ \d{4} à \d\d:\d\d$/,
      ),
      expect.stringMatching(/^Acceptée par le porteur\s+à venir$/),
      expect.stringMatching(/^Mission réalisée\s+à venir$/),
    ]);
    await expect(steps.nth(1).getAttribute('aria-current')).resolves.toBe('step');
    expect(await timeline.locator('[aria-current]').count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, '80-mes-candidatures-etapes');

    // The log is the programme team's: no menu entry, and the address says why not.
    expect(await nav(page).getByRole('link', { name: 'Journal d’audit' }).count()).toBe(0);
    await page.goto(url('/journal-audit'));
    await page.getByText('Cette page est réservée à l’équipe du programme Talents numériques.').waitFor();
  });

  it('lets the programme team filter the log, read a change before → after and page with the keyboard', async () => {
    const page = await signedIn(cast.admin.id);
    await nav(page).getByRole('link', { name: 'Journal d’audit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journal d’audit' }).waitFor();
    // Every service at once, newest first, each entry with its service: the host's edits first, the
    // manager's release (an older write of another service) once the next page is loaded.
    const firstEntry = entries(page).first();
    await firstEntry.getByRole('heading', { name: 'Mission modifiée' }).waitFor();
    await firstEntry.getByText('Missions', { exact: true }).waitFor();
    const releaseEntry = entries(page).filter({
      has: page.getByRole('heading', { name: 'Temps libéré par le supérieur' }),
    });
    expect(await releaseEntry.count()).toBe(0);
    await page.getByRole('button', { name: 'Charger la suite' }).click();
    await releaseEntry.getByText('Candidatures', { exact: true }).waitFor();
    const instants = await entries(page)
      .locator('time')
      .evaluateAll((times) => times.map((time) => Date.parse(time.getAttribute('datetime') ?? '')));
    expect(instants).toEqual([...instants].sort((a, b) => b - a));
    await expectAccessible(page);
    await screenshot(page, '81-journal-audit');

    // The missions service, the host's actions.
    await service(page).selectOption('missions');
    await page.getByLabel('Auteur').fill(cast.host.id);
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByRole('heading', { level: 2, name: /Entrées du service missions/ }).waitFor();
    const last = entries(page).first();
    await last.getByRole('heading', { name: 'Mission modifiée' }).waitFor();
    await last.getByText(nameOf(cast.host), { exact: false }).first().waitFor();
    await last.getByRole('link', { name: `Mission « ${editedTitle(edits)} »` }).waitFor();
    // The host's own actions only, a page of them.
    await expect(entries(page).count()).resolves.toBe(PAGE_SIZE);
    expect(await page.getByTestId('audit-entries').getByText('Mission publiée').count()).toBe(0);

    // The changed fields, in a disclosure reached and opened with the keyboard.
    const disclosure = last.getByRole('button', { name: /^Champs modifiés \(\d+\)$/ });
    await tabTo(page, disclosure);
    await expect(disclosure.getAttribute('aria-expanded')).resolves.toBe('false');
    await page.keyboard.press('Enter');
    const changes = last.getByRole('table');
    await changes.waitFor();
    const row = (field: string) =>
      changes.getByRole('row').filter({ has: page.getByRole('rowheader', { name: field, exact: true }) });
    await expect(row('Titre').getByRole('cell').allInnerTexts()).resolves.toEqual([
      editedTitle(edits - 1),
      editedTitle(edits),
    ]);
    await expect(row('Places').getByRole('cell').allInnerTexts()).resolves.toEqual(['2', '3']);
    await row('Version').waitFor();
    await expectAccessible(page);
    await screenshot(page, '82-journal-audit-avant-apres');

    // « Charger la suite », by keyboard: the rest of the edits, back to the creation; focus on the first new entry.
    const more = page.getByRole('button', { name: 'Charger la suite' });
    await tabTo(page, more);
    await page.keyboard.press('Enter');
    await entries(page).nth(PAGE_SIZE).waitFor();
    await expect(
      entries(page)
        .nth(PAGE_SIZE)
        .evaluate((element) => element === document.activeElement),
    ).resolves.toBe(true);
    const created = entries(page)
      .filter({ has: page.getByRole('heading', { name: 'Mission créée' }) })
      .filter({ has: page.getByRole('link', { name: `Mission « ${draftTitle} »`, exact: true }) });
    await created.waitFor();
    await expect(created.getByRole('link').first().getAttribute('href')).resolves.toBe(
      `/missions/${draftId}`,
    );
    // The edits, the draft's creation, and the published mission's creation and submission.
    await expect(entries(page).count()).resolves.toBe(edits + 3);
    await page.getByText('Début du journal atteint.').waitFor();
    await created.getByRole('button', { name: /^Champs enregistrés \(\d+\)$/ }).click();
    await created
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Titre', exact: true }) })
      .getByText(draftTitle, { exact: true })
      .waitFor();
    await expect(created.getByRole('columnheader').allInnerTexts()).resolves.toEqual(['Champ', 'Valeur']);
    await expectAccessible(page);
    await screenshot(page, '83-journal-audit-suite');

    // The applications service, by the agent concerned: the submission and the manager's release.
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await service(page).selectOption('approvals');
    await page.getByLabel('Agent concerné').fill('pas-un-identifiant');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByText(/Identifiant d’agent invalide/).waitFor();
    await page.getByLabel('Agent concerné').fill(applicant.id);
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByRole('heading', { level: 2, name: /Entrées du service candidatures/ }).waitFor();
    await expect(entries(page).getByRole('heading', { level: 3 }).allInnerTexts()).resolves.toEqual([
      'Temps libéré par le supérieur',
      'Candidature déposée',
    ]);
    const release = entries(page).first();
    await release.getByRole('link', { name: 'voir la mission' }).waitFor();
    await release.getByRole('button', { name: /^Champs modifiés/ }).click();
    await release
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Statut', exact: true }) })
      .getByText('Temps libéré par le supérieur', { exact: true })
      .waitFor();
    await expect(page.getByRole('button', { name: 'Charger la suite' }).count()).resolves.toBe(0);
    await expectAccessible(page);
    await screenshot(page, '84-journal-audit-agent-concerne');

    // An agent with nothing in the log: the empty state.
    await page.getByLabel('Agent concerné').fill('00000000-0000-4000-8000-000000000000');
    await service(page).selectOption('profiles');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByTestId('audit-empty').getByText('Aucune entrée ne correspond à ces filtres.').waitFor();
  });
});
