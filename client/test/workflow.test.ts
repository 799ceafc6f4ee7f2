import { generateDemoData, type DemoData } from '@talents/demo';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { pickPersonas } from '../../hub/src/personas';
import { startTestHub, type TestHub } from '../../test/support/hub';
import { applyThroughApi, liveCast, publishMission, type LiveCast } from '../../test/support/subscriptions';
import {
  buildClient,
  endBrowserSuite,
  launchChromium,
  screenshot,
  seriousViolations,
  tabTo,
} from './support/browser';

type DemoAgent = DemoData['agents'][number];

/**
 * The application workflow's screens, in Debian's Chromium, against the real hub with demo data,
 * as three personas: the agent applies from the mission page; their manager sees the request arrive
 * live in « Demandes à valider » and releases the time with the keyboard alone; the mission's host
 * reads the applicant's match explanation in « Candidatures reçues » and accepts. Refusal with a
 * reason (« Autre » needs a text, checked as the manager types), a host's decline, and the « plus de
 * place » CONFLICT a stale page meets. axe-core checks every screen; screenshots are saved.
 */
describe('the workflow screens in Chromium', () => {
  const demo = generateDemoData({ size: { agents: 60, missions: 20, applications: 10 } });
  let cast: LiveCast;
  let hub: TestHub;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let agentPage: Page;
  let managerPage: Page;
  let hostPage: Page;
  const problems: string[] = [];

  let applicant: DemoAgent;
  let manager: DemoAgent;
  /** Other agents (with a manager of record) who apply through the API. */
  let others: DemoAgent[];
  let missionId: string;
  const title = 'Refonte du parcours de demande de bourse';
  const motivation = 'J’ai mené la refonte de deux démarches en ligne l’an dernier, avec des usagers.';

  const url = (path: string) => `${hub.gateway.url}${path}`;
  const expectAccessible = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
  const nav = (page: Page) => page.getByRole('navigation', { name: /Menu principal/ });
  const requestCard = (page: Page, name: string) =>
    page.getByTestId('inbox-team').locator(':scope > li').filter({ hasText: name });
  const applicantCard = (page: Page, name: string) =>
    page.getByTestId('applicants').locator(':scope > li').filter({ hasText: name });
  const nameOf = (agent: DemoAgent) => `${agent.firstName} ${agent.lastName.toUpperCase()}`;

  function watch(page: Page): void {
    page.setDefaultTimeout(10_000);
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  }

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    watch(page);
    return page;
  }

  /** Signs in through the persona picker when the person is a persona, with a session cookie otherwise. */
  async function signIn(agent: DemoAgent): Promise<Page> {
    const page = await newPage();
    const persona = hub.personas.find((p) => p.agentId === agent.id);
    if (persona) {
      await page.goto(url('/'));
      await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).click();
      await page.getByRole('button', { name: `Se connecter en tant que ${persona.displayName}` }).click();
    } else {
      const [name = '', value = ''] = (await hub.sessionCookie(agent.id)).split(/=(.*)/s);
      await page.context().addCookies([{ name, value, url: hub.gateway.url }]);
      await page.goto(url('/'));
    }
    await page.getByRole('button', { name: /Se déconnecter/ }).waitFor();
    return page;
  }

  async function apply(agent: DemoAgent, hours: number): Promise<string> {
    return applyThroughApi(hub, agent.id, { missionId, motivation, proposedHours: hours });
  }

  async function release(agent: DemoAgent, applicationId: string): Promise<void> {
    const released = await hub.queryAs(
      agent.managerId ?? '',
      `mutation ($id: ID!) { approveApplication(id: $id) { id } }`,
      { id: applicationId },
    );
    expect(released.errors).toBeUndefined();
  }

  beforeAll(async () => {
    cast = liveCast(demo);
    const admins = new Set(demo.programmeAdmins ?? []);
    const referents = new Set((demo.hostReferents ?? []).map((r) => r.agentId));
    const special = (id: string) => admins.has(id) || referents.has(id) || id === cast.host.id;
    // Applicants the host can see in the directory (so that the suggestion explains their match),
    // whose manager of record is neither a host nor the programme team.
    const eligible = demo.agents.filter(
      (a) =>
        a.managerId &&
        !special(a.id) &&
        !special(a.managerId) &&
        a.inDirectory &&
        !(a.hiddenFrom ?? []).includes(cast.referent.administrationId) &&
        a.skills.length > 0,
    );
    // A manager with two such reports: one applies through the dashboard, the other is refused.
    // The applicant is a persona of the picker when one fits.
    const personas = new Set(pickPersonas(demo).map((p) => p.agentId));
    const teams = new Map<string, DemoAgent[]>();
    for (const agent of eligible)
      teams.set(agent.managerId ?? '', [...(teams.get(agent.managerId ?? '') ?? []), agent]);
    const team =
      [...teams.values()].find((t) => t.length >= 2 && t.some((a) => personas.has(a.id))) ??
      [...teams.values()].find((t) => t.length >= 2);
    const first = team?.find((a) => personas.has(a.id)) ?? team?.[0];
    const boss = demo.agents.find((a) => a.id === first?.managerId);
    if (!team || !first || !boss)
      throw new Error('aucun supérieur avec deux agents dans les données de démonstration');
    applicant = first;
    manager = boss;
    const colleague = team.find((a) => a.id !== applicant.id);
    const strangers = eligible.filter((a) => a.managerId !== manager.id && a.id !== manager.id);
    others = [...(colleague ? [colleague] : []), ...strangers].slice(0, 4);
    if (others.length < 4) throw new Error('pas assez d’agents pour le scénario');

    [hub] = await Promise.all([startTestHub(demo, { personaLogin: true }), buildClient()]);
    missionId = await publishMission(hub, cast, { title, skillIds: [applicant.skills[0]?.skillId ?? ''] });
    browser = await launchChromium();
  }, 120_000);

  endBrowserSuite(() => ({ contexts, browser, hub }), problems);

  it('the agent applies from the mission page', async () => {
    agentPage = await signIn(applicant);
    await agentPage.goto(url(`/missions/${missionId}`));
    await agentPage.getByRole('heading', { level: 1, name: title }).waitFor();
    await agentPage.getByLabel('Votre motivation').fill(motivation);
    await agentPage.getByLabel('Heures proposées').fill('12');
    await agentPage.getByRole('button', { name: 'Déposer ma candidature' }).click();
    await agentPage.getByTestId('apply-status').getByText('Candidature déposée').waitFor();
    await agentPage.getByText('Vous avez candidaté à cette mission').waitFor();
  });

  it('shows the manager the request, live, with the agent, mission, host, hours and budget', async () => {
    managerPage = await signIn(manager);
    // Only managers and the programme team have the entry; the agent does not.
    expect(await nav(agentPage).getByRole('link', { name: 'Demandes à valider' }).count()).toBe(0);
    await nav(managerPage).getByRole('link', { name: 'Demandes à valider' }).click();
    await managerPage.getByRole('heading', { level: 1, name: 'Demandes à valider' }).waitFor();
    await managerPage.getByTestId('inbox-live').getByText('En direct', { exact: true }).waitFor();
    const card = requestCard(managerPage, nameOf(applicant));
    await card.getByText(title).first().waitFor();
    await card.getByText(cast.hostAdministration.name, { exact: false }).first().waitFor();
    await card.getByText('12 h', { exact: true }).waitFor();
    await card.getByText(/Budget restant de l’agent en 2027/).waitFor();
    await card.getByText(/^au plus tard le \d+ \S+ \d{4}, sinon la demande expire$/).waitFor();

    // A request filed while the page is open appears without a reload.
    const [colleague] = others;
    if (!colleague) throw new Error('agent manquant');
    await apply(colleague, 6);
    await requestCard(managerPage, nameOf(colleague)).waitFor({ timeout: 5000 });
    // From « Mon équipe », the manager lowers the applicant's budget for 2027 below the hours asked;
    // the row links to the request, which then says so.
    await nav(managerPage).getByRole('link', { name: 'Mon équipe' }).click();
    await managerPage.getByLabel(/^Année/).selectOption('2027');
    const budget = managerPage
      .getByTestId('team-budgets')
      .getByRole('row')
      .filter({ has: managerPage.getByRole('rowheader', { name: nameOf(applicant) }) });
    const annual = budget.getByLabel('Heures de l’année 2027');
    await annual.fill('');
    await budget.getByText('Indiquez un nombre d’heures.').waitFor();
    await annual.fill('8');
    await budget.getByRole('button', { name: 'Enregistrer le budget' }).click();
    await budget.getByText('Budget enregistré.').waitFor();
    await budget.getByText('8 h par an (fixé par le supérieur)', { exact: false }).waitFor();
    await budget.getByRole('link', { name: `Décider : « ${title} »` }).click();
    await managerPage.getByRole('heading', { level: 1, name: 'Demandes à valider' }).waitFor();
    await card.getByText('Demande au-delà du budget').waitFor();
    await expect(card.evaluate((element) => element.contains(document.activeElement))).resolves.toBe(true);
    await expectAccessible(managerPage);
    await screenshot(managerPage, '40-demandes-a-valider');
    // On a phone, as a manager between two meetings reads it.
    await managerPage.setViewportSize({ width: 375, height: 800 });
    await expectAccessible(managerPage);
    await screenshot(managerPage, '40-demandes-a-valider-mobile');
    await managerPage.setViewportSize({ width: 1280, height: 900 });
  });

  it('releases fewer hours with the keyboard alone, beyond the budget only as a checked choice', async () => {
    const card = requestCard(managerPage, nameOf(applicant));
    await managerPage.getByRole('heading', { level: 1 }).focus();
    await tabTo(managerPage, card.getByRole('button', { name: 'Libérer le temps' }));
    await managerPage.keyboard.press('Enter');
    const hours = card.getByLabel('Heures libérées');
    await expect(hours.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await managerPage.keyboard.press('ControlOrMeta+A');
    await managerPage.keyboard.insertText('20');
    await card.getByText('Entre 1 et 12 h (les heures demandées).').waitFor();
    await managerPage.keyboard.press('ControlOrMeta+A');
    await managerPage.keyboard.insertText('10');
    // Beyond the 8 h left only as an explicit, checked choice.
    const warning = card.getByText('10 h dépassent les 8 h qui restent au budget 2027', { exact: false });
    await warning.waitFor();
    const beyond = card.getByLabel(/au-delà du budget annuel/);
    expect(await beyond.isChecked()).toBe(false);
    await expectAccessible(managerPage);
    await screenshot(managerPage, '41-liberer-le-temps');
    await tabTo(managerPage, beyond, 5);
    await managerPage.keyboard.press('Space');
    expect(await beyond.isChecked()).toBe(true);
    await warning.waitFor({ state: 'detached' });
    await tabTo(managerPage, card.getByRole('button', { name: 'Confirmer la libération du temps' }), 10);
    await managerPage.keyboard.press('Enter');
    await managerPage
      .getByTestId('inbox-notice')
      .getByText(/Temps libéré pour .* : 10 h .*, au-delà du budget annuel/)
      .waitFor();
    await card.waitFor({ state: 'detached' });
    await expect(
      managerPage.evaluate(() => document.activeElement?.getAttribute('data-testid')),
    ).resolves.toBe('inbox-notice');
  });

  it('refuses with a reason: « Autre » needs a text, checked as the manager types', async () => {
    const [refused] = others;
    if (!refused) throw new Error('agent manquant');
    const card = requestCard(managerPage, nameOf(refused));
    // From the keyboard: the button, then the first reason has the focus.
    await tabTo(managerPage, card.getByRole('button', { name: 'Refuser' }));
    await managerPage.keyboard.press('Enter');
    await expect(
      card.getByRole('radio', { name: 'Charge de travail' }).evaluate((e) => e === document.activeElement),
    ).resolves.toBe(true);
    await card.getByRole('button', { name: 'Confirmer le refus' }).click();
    await card.getByText('Choisissez un motif.').waitFor();
    await card.getByText('Autre (à préciser)', { exact: true }).click();
    const text = card.getByLabel('Précision (obligatoire)');
    await text.fill('x');
    await text.fill('');
    await card.getByText('Précisez le motif : c’est obligatoire avec « Autre ».').waitFor();
    await expectAccessible(managerPage);
    await screenshot(managerPage, '42-refuser-avec-motif');
    await text.fill('Période de clôture budgétaire : reproposez en avril.');
    await expect(card.getByText('Précisez le motif').count()).resolves.toBe(0);
    await card.getByRole('button', { name: 'Confirmer le refus' }).click();
    await managerPage
      .getByTestId('inbox-notice')
      .getByText(/refusée \(Autre/)
      .waitFor();

    const stored = await hub.queryAs<{
      agent: { applications: Array<{ status: string; reasonText: string }> };
    }>(refused.id, `query ($id: ID!) { agent(id: $id) { applications { status reasonText } } }`, {
      id: refused.id,
    });
    expect(stored.data?.agent.applications).toEqual(
      expect.arrayContaining([
        { status: 'REFUSED_BY_MANAGER', reasonText: 'Période de clôture budgétaire : reproposez en avril.' },
      ]),
    );
  });

  it('hands the manager’s decisions to a deputy for a period, and takes them back', async () => {
    const section = managerPage.getByRole('region', { name: 'Suppléance' });
    const form = section.getByRole('form', { name: 'Confier mes décisions à un suppléant' });
    await form.getByRole('button', { name: 'Confier mes décisions' }).click();
    await form.getByText('Choisissez un suppléant.').waitFor();
    await form.getByLabel('Suppléant').selectOption({ index: 1 });
    const deputy = (await form.getByLabel('Suppléant').locator('option:checked').textContent())?.split(
      ' — ',
    )[0];
    await form.getByLabel('Dernier jour').fill('2020-01-01');
    await form.getByText('Le dernier jour suit le premier.').waitFor();
    await form.getByLabel('Dernier jour').fill('2027-01-15');
    await form.getByRole('button', { name: 'Confier mes décisions' }).click();
    const given = section.getByTestId('delegations-given');
    await given.getByText(`Vos décisions sont confiées à ${deputy ?? ''} du`, { exact: false }).waitFor();
    await expectAccessible(managerPage);
    await screenshot(managerPage, '47-suppleance');
    await given.getByRole('button', { name: 'Révoquer la suppléance' }).click();
    await section.getByText('La suppléance est révoquée', { exact: false }).waitFor();
    await form.waitFor();
  });

  it('shows the programme team its queue: requests of agents without a manager of record', async () => {
    const admins = new Set(demo.programmeAdmins ?? []);
    const loner = demo.agents.find((a) => !a.managerId && a.id !== cast.host.id && !admins.has(a.id));
    if (!loner) throw new Error('aucun agent sans supérieur dans les données de démonstration');
    await apply(loner, 3);
    const adminPage = await signIn(cast.admin);
    await nav(adminPage).getByRole('link', { name: 'Demandes à valider' }).click();
    await adminPage.getByRole('heading', { level: 2, name: /File de l’équipe du programme/ }).waitFor();
    const card = adminPage
      .getByTestId('inbox-queue')
      .locator(':scope > li')
      .filter({ hasText: nameOf(loner) });
    await card.getByText('Sans supérieur hiérarchique connu').waitFor();
    await card.getByRole('button', { name: 'Libérer le temps' }).waitFor();
    await expectAccessible(adminPage);
    await screenshot(adminPage, '46-file-equipe-programme');

    // The programme team names who decides instead.
    await card.getByRole('button', { name: 'Confier à un valideur' }).click();
    await card.getByRole('button', { name: 'Confier la demande' }).click();
    await card.getByText('Choisissez la personne qui décidera.').waitFor();
    await card.getByRole('combobox', { name: /^Valideur/ }).selectOption({ index: 1 });
    await card.getByRole('button', { name: 'Confier la demande' }).click();
    await adminPage
      .getByTestId('inbox-notice')
      .getByText(`Demande de ${nameOf(loner)} confiée à`, { exact: false })
      .waitFor();
  });

  it('shows the host the applicants with the feed’s match explanation, and accepts with the keyboard', async () => {
    hostPage = await signIn(cast.host);
    await nav(hostPage).getByRole('link', { name: 'Candidatures reçues' }).click();
    await hostPage.getByRole('heading', { level: 1, name: 'Candidatures reçues' }).waitFor();
    const mission = hostPage.getByTestId('hosted-missions').locator(':scope > li').filter({ hasText: title });
    await mission.getByText('1 à décider').waitFor();
    await expectAccessible(hostPage);
    await screenshot(hostPage, '43-candidatures-recues');

    await mission.getByRole('link', { name: title }).click();
    await hostPage.getByRole('heading', { level: 2, name: title }).waitFor();
    const card = applicantCard(hostPage, nameOf(applicant));
    await card.getByText('Temps libéré — à accepter ou décliner').waitFor();
    await card.getByText('10 h libérées par le supérieur', { exact: false }).waitFor();
    await card.getByText('au-delà du budget annuel, avec l’accord du supérieur', { exact: false }).waitFor();
    await card.getByText(/Correspondance : \d+ %/).waitFor();
    await card.getByText(/Compétences \d+ % · disponibilité \d+ % · modalité \d+ %/).waitFor();
    await expectAccessible(hostPage);
    await screenshot(hostPage, '44-candidats-de-la-mission');

    await hostPage.getByRole('heading', { level: 1 }).focus();
    await tabTo(hostPage, card.getByRole('button', { name: 'Accepter' }));
    await hostPage.keyboard.press('Enter');
    await hostPage
      .getByTestId('applicants-notice')
      .getByText(/est accepté·e sur/)
      .waitFor();
    await card.getByText('Acceptée', { exact: true }).waitFor();
    await hostPage.getByTestId('mission-seats').getByText('1 place restante').waitFor();

    // The agent's own list says so too.
    await nav(agentPage).getByRole('link', { name: 'Mes candidatures' }).click();
    await agentPage
      .locator('[data-testid=applications] > li')
      .filter({ hasText: title })
      .getByText('Acceptée', { exact: true })
      .waitFor();
  });

  it('declines a request with a reason from the fixed list', async () => {
    const declined = others[1];
    if (!declined) throw new Error('agent manquant');
    await apply(declined, 5);
    await hostPage.reload();
    const card = applicantCard(hostPage, nameOf(declined));
    await card
      .getByText('Vous pourrez accepter l’agent quand son supérieur hiérarchique aura libéré son temps.')
      .waitFor();
    expect(await card.getByRole('button', { name: 'Accepter' }).count()).toBe(0);
    await tabTo(hostPage, card.getByRole('button', { name: 'Décliner' }));
    await hostPage.keyboard.press('Enter');
    await card.getByText('Déjà engagé par ailleurs', { exact: true }).click();
    await card.getByRole('button', { name: 'Confirmer le déclin' }).click();
    await hostPage
      .getByTestId('applicants-notice')
      .getByText(/déclinée \(Déjà engagé par ailleurs\)/)
      .waitFor();
    await card.getByText('Motif : Déjà engagé par ailleurs').waitFor();
  });

  it('says plainly « plus de place » when the last seat went meanwhile', async () => {
    const [, , second, third] = others;
    if (!second || !third) throw new Error('agents manquants');
    const secondId = await apply(second, 4);
    const thirdId = await apply(third, 4);
    await release(second, secondId);
    await release(third, thirdId);
    await hostPage.reload();
    const card = applicantCard(hostPage, nameOf(third));
    await card.getByRole('button', { name: 'Accepter' }).waitFor();
    // Another host of the mission takes the last seat while this page is open.
    const accepted = await hub.queryAs(
      cast.host.id,
      `mutation ($id: ID!) { acceptApplication(id: $id) { id } }`,
      {
        id: secondId,
      },
    );
    expect(accepted.errors).toBeUndefined();
    await card.getByRole('button', { name: 'Accepter' }).click();
    await card.getByText('Plus de place sur cette mission').waitFor();
    await hostPage.getByTestId('mission-seats').getByText('Complète').waitFor();
    await expectAccessible(hostPage);
    await screenshot(hostPage, '45-plus-de-place');
  });
});
