import { generateDemoData, type DemoData } from '@talents/demo';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { eventually } from '../../test/support/eventually';
import { dataOf } from '../../test/support/graphql';
import { startTestHub, type TestHub } from '../../test/support/hub';
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
} from './support/browser';
import { agentsFreeToApply } from './support/people';

type DemoAgent = DemoData['agents'][number];

/** YYYY-MM-DD of `days` from today (negative: in the past), in UTC as the test's own clock reads it. */
function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The outcomes screens and the manager's team, in Debian's Chromium, against the real hub with
 * demo data, as the three parties: after the host's acceptance, the agent, the manager and the host
 * each acknowledge the agreement from their own screen; the host amends it (version 2, acknowledged
 * again), and the history lists both versions with who acknowledged each; the host records the hours
 * spent (bounded as they type by the server's margin, set here to 50 %), both sides give feedback, the
 * agent confirms and downloads the attestation (a PDF); the host endorses a skill the agent showed,
 * which the agent's profile then shows. The team screen lists a report who has no pending request.
 * axe-core checks every screen; screenshots are saved.
 */
describe('the team and outcomes screens in Chromium', () => {
  const demo = generateDemoData({ size: { agents: 60, missions: 20, applications: 10 } });
  let cast: LiveCast;
  let hub: TestHub;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  let agentPage: Page;
  let managerPage: Page;
  let hostPage: Page;

  let applicant: DemoAgent;
  let colleague: DemoAgent;
  let manager: DemoAgent;
  let missionId: string;
  let applicationId: string;
  let budgetYear: number;
  const tolerance = process.env.COMPLETION_TOLERANCE_PERCENT;
  const title = 'Accompagnement de la refonte du portail des aides';

  const url = (path: string) => `${hub.gateway.url}${path}`;
  const expectAccessible = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
  const nav = (page: Page) => page.getByRole('navigation', { name: /Menu principal/ });
  /** The menu entry the screen marks as where the person is. */
  const currentEntry = async (page: Page) =>
    (await nav(page).locator('[aria-current="page"]').allTextContents()).map((text) => text.trim());
  const nameOf = (agent: DemoAgent) => `${agent.firstName} ${agent.lastName.toUpperCase()}`;
  const agreement = (page: Page) => page.getByTestId('agreement');
  const notice = (page: Page) => page.getByTestId('outcomes-notice');

  const signedIn = (agentId: string) => signedInHome({ browser, hub, contexts, problems }, agentId);
  const as = async <T>(agentId: string, query: string, variables: Record<string, unknown>) =>
    dataOf(await hub.queryAs<T>(agentId, query, variables));

  /** The row of the history's table, by version (« Version 2 (en cours) »). */
  const versionRow = (page: Page, version: RegExp) =>
    page
      .getByTestId('agreement-versions')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: version }) });

  /** The row of an acknowledgement table, by party. */
  const ackRow = (page: Page, party: RegExp) =>
    page
      .getByTestId('agreement-acknowledgements')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: party }) });

  beforeAll(async () => {
    // Not the default 20 %: the completion form's bound must come from the server, not the client.
    process.env.COMPLETION_TOLERANCE_PERCENT = '50';
    cast = liveCast(demo);
    // A manager (neither host nor programme team) with two plain reports who have nothing pending:
    // one applies and is accepted, the other stays without any request.
    const eligible = agentsFreeToApply(demo, [cast.host.id]);
    const teams = new Map<string, DemoAgent[]>();
    for (const agent of eligible)
      teams.set(agent.managerId ?? '', [...(teams.get(agent.managerId ?? '') ?? []), agent]);
    const team = [...teams.values()].find((t) => t.length >= 2);
    const boss = demo.agents.find((a) => a.id === team?.[0]?.managerId);
    if (!team?.[0] || !team[1] || !boss) throw new Error('aucun supérieur avec deux agents disponibles');
    [applicant, colleague] = team;
    manager = boss;

    [hub] = await Promise.all([startTestHub(demo, { personaLogin: true }), buildClient()]);
    missionId = await publishMission(hub, cast, { title, skillIds: [applicant.skills[0]?.skillId ?? ''] });
    // approvals learns of the mission by an event: the application waits for its projection.
    await waitForProjectedMission(hub, missionId);
    applicationId = await applyThroughApi(hub, applicant.id, {
      missionId,
      motivation: 'J’ai accompagné la refonte de trois démarches en ligne, avec leurs usagers.',
      proposedHours: 12,
    });
    await as(manager.id, `mutation ($id: ID!) { approveApplication(id: $id) { id } }`, { id: applicationId });
    const accepted = await as<{ acceptApplication: { agreement: { startDate: string | null } } }>(
      cast.host.id,
      `mutation ($id: ID!) { acceptApplication(id: $id) { id agreement { startDate } } }`,
      { id: applicationId },
    );
    budgetYear = Number(
      accepted.acceptApplication.agreement.startDate?.slice(0, 4) ?? new Date().getFullYear(),
    );
    browser = await launchChromium();
  }, 120_000);

  endBrowserSuite(() => ({ contexts, browser, hub }), problems);

  afterAll(() => {
    if (tolerance === undefined) delete process.env.COMPLETION_TOLERANCE_PERCENT;
    else process.env.COMPLETION_TOLERANCE_PERCENT = tolerance;
  });

  it('shows the manager every report, one without any pending request too, and the credit balance', async () => {
    managerPage = await signedIn(manager.id);
    await nav(managerPage).getByRole('link', { name: 'Mon équipe' }).click();
    await managerPage.getByRole('heading', { level: 1, name: 'Mon équipe' }).waitFor();
    await managerPage.getByLabel(/^Année/).selectOption(String(budgetYear));
    await managerPage.getByTestId('team-status').getByText(`Équipe ${budgetYear} :`).waitFor();
    const table = managerPage.getByTestId('team-budgets');
    await table.getByRole('caption').getByText(`Votre équipe en ${budgetYear}`).waitFor();
    const row = (agent: DemoAgent) =>
      table.getByRole('row').filter({ has: managerPage.getByRole('rowheader', { name: nameOf(agent) }) });
    await row(colleague).getByText('Aucune demande en attente').waitFor();
    await row(colleague).getByText('Aucune mission').waitFor();
    await row(applicant)
      .getByRole('link', { name: `Convention de « ${title} »` })
      .waitFor();
    await row(applicant).getByText('12 h engagées').waitFor();
    const credit = managerPage.getByRole('region', { name: /Crédit de temps de/ });
    await credit.getByText('Heures données').waitFor();
    await credit
      .getByText(/^[+-]?\d+ h$/)
      .first()
      .waitFor();
    await expectAccessible(managerPage);
    await screenshot(managerPage, '60-mon-equipe');
  });

  it('has the agent, then the manager, then the host acknowledge the agreement from their screens', async () => {
    agentPage = await signedIn(applicant.id);
    await nav(agentPage).getByRole('link', { name: 'Mes candidatures' }).click();
    await agentPage
      .locator('[data-testid=applications] > li')
      .filter({ hasText: title })
      .getByRole('link', { name: /Convention et réalisation/ })
      .click();
    await agreement(agentPage).getByRole('heading', { name: 'Convention de mission — version 1' }).waitFor();
    await agentPage.getByTestId('agreement-terms').getByText('12 h', { exact: true }).waitFor();
    // One address for the three parties; the menu says whose screen it is for each.
    expect(await currentEntry(agentPage)).toEqual(['Mes candidatures']);
    await ackRow(agentPage, /L’agent/)
      .getByText('En attente')
      .waitFor();
    await expectAccessible(agentPage);
    await screenshot(agentPage, '61-convention-agent');
    await agreement(agentPage).getByRole('button', { name: 'Je valide la convention (version 1)' }).click();
    await notice(agentPage).getByText('Vous avez validé la convention (version 1).').waitFor();
    await ackRow(agentPage, /L’agent/)
      .getByText(nameOf(applicant))
      .waitFor();

    // The PDF of the agreement, as the link gives it.
    const pdf = await agreement(agentPage).getByTestId('agreement-pdf').getAttribute('href');
    const document = await agentPage.request.get(url(pdf ?? ''));
    expect(document.status()).toBe(200);
    expect(document.headers()['content-type']).toMatch(/^application\/pdf/);

    await managerPage.getByRole('link', { name: `Convention de « ${title} »` }).click();
    await agreement(managerPage)
      .getByRole('button', { name: 'Accuser réception de la convention (version 1)' })
      .click();
    await notice(managerPage).getByText('Vous avez accusé réception de la convention (version 1).').waitFor();
    expect(await currentEntry(managerPage)).toEqual(['Mon équipe']);
    await ackRow(managerPage, /administration d’origine/)
      .getByText(nameOf(manager))
      .waitFor();
    // The manager is no side of the feedback nor of the completion.
    expect(await managerPage.getByRole('button', { name: /Enregistrer les heures/ }).count()).toBe(0);

    hostPage = await signedIn(cast.host.id);
    await hostPage.goto(url(`/porteur/candidatures/${missionId}`));
    await hostPage
      .getByTestId('applicants')
      .locator(':scope > li')
      .filter({ hasText: nameOf(applicant) })
      .getByRole('link', { name: /Convention et réalisation/ })
      .click();
    await agreement(hostPage)
      .getByRole('button', { name: 'Accuser réception de la convention (version 1)' })
      .click();
    await agreement(hostPage).getByText('Prise en compte par les trois parties').waitFor();
    expect(await currentEntry(hostPage)).toEqual(['Candidatures reçues']);
    await expectAccessible(hostPage);
    await screenshot(hostPage, '62-convention-prise-en-compte');
  });

  it('lets the host amend the hours and dates, checked as they type: version 2, to acknowledge again', async () => {
    await agreement(hostPage).getByRole('button', { name: 'Modifier les heures ou les dates' }).click();
    const form = hostPage.getByRole('form', { name: /Modifier la convention/ });
    const hours = form.getByLabel(/^Heures convenues/);
    await hours.fill('');
    await form.getByText('Indiquez un nombre entier d’heures, de 1 à 1607.').waitFor();
    await hours.fill('10');
    await form.getByLabel('Premier jour').fill(dayFromToday(-30));
    await form.getByLabel('Dernier jour').fill(dayFromToday(-40));
    await form.getByText('Le dernier jour de la mission ne peut pas précéder le premier.').waitFor();
    await form.getByRole('button', { name: 'Enregistrer la nouvelle version' }).click();
    const summary = form.getByTestId('amend-summary');
    await summary.getByText('Le formulaire contient 1 erreur').waitFor();
    await expect(summary.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expectAccessible(hostPage);
    await screenshot(hostPage, '63-modifier-la-convention');
    await form.getByLabel('Dernier jour').fill(dayFromToday(-2));
    await form.getByRole('button', { name: 'Enregistrer la nouvelle version' }).click();
    await notice(hostPage)
      .getByText(/La convention passe en version 2 : 10 h/)
      .waitFor();
    await agreement(hostPage).getByRole('heading', { name: 'Convention de mission — version 2' }).waitFor();
    await agreement(hostPage).getByText('En attente de 3 parties').waitFor();

    for (const page of [agentPage, managerPage, hostPage]) {
      await page.reload();
      await agreement(page).getByRole('heading', { name: 'Convention de mission — version 2' }).waitFor();
      await agreement(page)
        .getByRole('button', { name: /(Je valide|Accuser réception de) la convention \(version 2\)/ })
        .click();
      await notice(page)
        .getByText(/convention \(version 2\)/)
        .waitFor();
    }
    await agreement(hostPage).getByText('Prise en compte par les trois parties').waitFor();
  });

  it('lists every version in the history, newest first, with its hours, its author and who acknowledged it', async () => {
    const parties = [
      `L’agent : ${nameOf(applicant)}, le `,
      `L’administration d’origine : ${nameOf(manager)}, le `,
      `L’administration d’accueil : ${nameOf(cast.host)}, le `,
    ];
    await agentPage.reload();
    for (const page of [hostPage, agentPage]) {
      await agreement(page).getByRole('button', { name: 'Historique des versions (2)' }).click();
      const rows = page.getByTestId('agreement-versions').locator('tbody tr');
      await expect(rows.locator('th').allInnerTexts()).resolves.toEqual([
        'Version 2 (en cours)',
        'Version 1',
      ]);
      const [v2, v1] = [versionRow(page, /^Version 2/), versionRow(page, /^Version 1/)];
      await v2.getByRole('cell', { name: '10 h', exact: true }).waitFor();
      await v1.getByRole('cell', { name: '12 h', exact: true }).waitFor();
      // The approvals service records no author for version 1 (createdBy null): only the amendment's.
      await v2.getByText(`par ${nameOf(cast.host)}, le `).waitFor();
      for (const row of [v1, v2]) for (const party of parties) await row.getByText(party).waitFor();
      await expectAccessible(page);
    }
    await screenshot(hostPage, '69-historique-des-versions');
    await screenshot(agentPage, '69-historique-des-versions-agent');
  });

  it('has the host record the hours spent within the bound, both sides give feedback, and the agent confirm', async () => {
    const completion = hostPage.getByTestId('completion');
    const spent = completion.getByLabel(/^Heures réalisées/);
    // The server's bound (10 h plus 50 %), not the client's former 20 %.
    await completion.getByText('De 1 à 15 h : 10 h convenues, plus 5 h de marge.').waitFor();
    await spent.fill('16');
    await completion
      .getByText('Indiquez un nombre entier d’heures, de 1 à 15 (10 h convenues, plus 5 h de marge).')
      .waitFor();
    await expectAccessible(hostPage);
    await screenshot(hostPage, '64-heures-realisees');
    await spent.fill('15');
    await completion.getByText(/Indiquez un nombre entier d’heures/).waitFor({ state: 'detached' });
    await spent.fill('9');
    await completion.getByRole('button', { name: 'Enregistrer les heures réalisées' }).click();
    await notice(hostPage).getByText('9 h réalisées enregistrées.', { exact: false }).waitFor();
    await completion.getByText('En attente de la confirmation de l’agent').waitFor();
    const hostFeedback = hostPage.getByRole('form', { name: 'Votre retour sur la contribution de l’agent' });
    await hostFeedback.getByText('5 sur 5', { exact: true }).click();
    await hostFeedback
      .getByLabel('Commentaire (facultatif)')
      .fill('Une aide précieuse, livrée dans les temps.');
    await hostFeedback.getByRole('button', { name: 'Envoyer mon retour' }).click();
    await notice(hostPage).getByText('Merci : votre retour (5 sur 5) est enregistré.').waitFor();

    await agentPage.reload();
    const answer = agentPage.getByRole('form', { name: 'Confirmer les heures réalisées' });
    await answer.getByRole('button', { name: 'Envoyer ma réponse' }).click();
    await answer.getByText('Confirmez ou contestez les heures.').waitFor();
    await answer.getByText('Je conteste ces heures').click();
    await answer.getByText('Expliquez ce que vous contestez : c’est obligatoire.').waitFor();
    await expectAccessible(agentPage);
    await screenshot(agentPage, '65-confirmer-les-heures');
    await answer.getByText('Je confirme ces 9 h').click();
    await answer.getByRole('button', { name: 'Envoyer ma réponse' }).click();
    await notice(agentPage).getByText('Vous avez confirmé 9 h réalisées.', { exact: false }).waitFor();
    const agentFeedback = agentPage.getByRole('form', { name: 'Votre retour sur la mission' });
    await agentFeedback.getByText('4 sur 5', { exact: true }).click();
    await agentFeedback.getByRole('button', { name: 'Envoyer mon retour' }).click();
    await notice(agentPage).getByText('Merci : votre retour (4 sur 5) est enregistré.').waitFor();
    const feedback = agentPage.getByTestId('feedback');
    await feedback.getByText(/Retour de l’administration d’accueil/).waitFor();
    await feedback.getByText(/Retour de l’agent/).waitFor();

    // The attestation: a download of a PDF.
    const link = agentPage.getByTestId('certificate-pdf');
    const [download] = await Promise.all([agentPage.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const attestation = await agentPage.request.get(url((await link.getAttribute('href')) ?? ''));
    expect(attestation.status()).toBe(200);
    expect(attestation.headers()['content-type']).toMatch(/^application\/pdf/);
    await expectAccessible(agentPage);
    await screenshot(agentPage, '66-attestation');
  });

  it('has the host endorse a skill the agent showed, checked as they tick, and the agent’s profile show it', async () => {
    const skillId = applicant.skills[0]?.skillId ?? '';
    const label = demo.skills.find((skill) => skill.id === skillId)?.label ?? '';
    await hostPage.reload();
    const form = hostPage.getByRole('form', { name: 'Recommander des compétences de l’agent' });
    await form.getByRole('button', { name: 'Recommander ces compétences' }).click();
    await form.getByText('Cochez au moins une compétence.').waitFor();
    // The mission's required skill, which the agent also declared, is offered first.
    const choice = form.getByRole('checkbox', { name: new RegExp(`^${label}`) });
    await form.getByText('Demandée par la mission, déclarée par l’agent').waitFor();
    // The DSFR draws the box over the input: a person clicks the label.
    await form.locator('label').filter({ hasText: label }).click();
    await expect(choice.isChecked()).resolves.toBe(true);
    await expectAccessible(hostPage);
    await screenshot(hostPage, '67-recommander-des-competences');
    await form.getByRole('button', { name: 'Recommander ces compétences' }).click();
    await notice(hostPage).getByText('Vous avez recommandé 1 compétence', { exact: false }).waitFor();
    await hostPage.getByTestId('endorsed-skills').getByText(label).waitFor();
    // Endorsed once: no longer offered.
    expect(await form.getByRole('checkbox', { name: new RegExp(`^${label}`) }).count()).toBe(0);

    // Profiles learns of it by an event; the agent's profile then lists it under the skill.
    const endorsed = await eventually(
      () =>
        as<{ me: { skills: Array<{ skill: { id: string }; endorsementCount: number }> } }>(
          applicant.id,
          `{ me { skills { skill { id } endorsementCount } } }`,
          {},
        ),
      (data) => data.me.skills.some((held) => held.skill.id === skillId && held.endorsementCount > 0),
    );
    expect(endorsed.me.skills.find((held) => held.skill.id === skillId)?.endorsementCount).toBe(1);
    await agentPage.goto(url('/profil'));
    const row = agentPage.locator('.skill-row').filter({ hasText: label });
    await row.getByText('Recommandée une fois').waitFor();
    await row
      .getByText(`Par ${nameOf(cast.host)}, après la mission « ${title} »`, { exact: false })
      .waitFor();
    await expectAccessible(agentPage);
    await screenshot(agentPage, '68-profil-competence-recommandee');
  });
});
