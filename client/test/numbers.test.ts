import { readFile } from 'node:fs/promises';
import { generateDemoData } from '@talents/demo';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dataOf } from '../../test/support/graphql';
import { startTestHub, type TestHub } from '../../test/support/hub';
import { formatCount, formatDuration, formatHours, formatShare } from '../src/numbers/format';
import {
  buildClient,
  endBrowserSuite,
  launchChromium,
  screenshot,
  seriousViolations,
  signedInHome,
  signedInPage,
} from './support/browser';

interface Duration {
  count: number;
  medianHours: number | null;
  p90Hours: number | null;
}

interface Numbers {
  from: string;
  to: string;
  missionFunnel: { posted: number; published: number };
  applicationFunnel: { applied: number; released: number; accepted: number; completed: number };
  timeToPublication: Duration;
  timeToFirstApplicant: Duration;
  timeToRelease: Duration;
  timeToAcceptance: Duration;
  hoursByMinistry: Array<{
    ministry: { id: string; name: string };
    hoursGiven: number;
    hoursReceived: number;
  }>;
  skills: Array<{ skill: { label: string }; missionsDemanding: number; agentsOffering: number }>;
  missionsWithoutApplicants: { count: number; missions: Array<{ id: string; title: string } | null> };
}

/** What the screen shows, asked of the API directly by the test (the same figures, another path). */
const NUMBERS = `
  query ($filter: ProgrammeNumbersFilter) {
    statsProgrammeNumbers(filter: $filter) {
      from
      to
      missionFunnel { posted published }
      applicationFunnel { applied released accepted completed }
      timeToPublication { ...d }
      timeToFirstApplicant { ...d }
      timeToRelease { ...d }
      timeToAcceptance { ...d }
      hoursByMinistry { ministry { id name } hoursGiven hoursReceived }
      skills(first: 15) { skill { label } missionsDemanding agentsOffering }
      missionsWithoutApplicants(first: 20) { count missions { id title } }
    }
  }
  fragment d on DurationStats { count medianHours p90Hours }
`;

/**
 * « Chiffres du programme » in Debian's Chromium against the real hub with demo data, as the
 * programme team: the figures of each table are those the API gives for the chosen scope, the scope
 * lives in the address (reload keeps it), each table downloads as CSV for that scope, and a period
 * the API refuses is told beside its field. Anyone else finds neither the menu entry nor the figures.
 */
describe('the programme numbers screen in Chromium', () => {
  const demo = generateDemoData({ size: { agents: 80, missions: 30, applications: 40 } });
  let hub: TestHub;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  let page: Page;
  let adminId: string;

  const url = (path: string) => `${hub.gateway.url}${path}`;
  const expectAccessible = async () => expect(await seriousViolations(page)).toEqual([]);
  const nav = (p: Page) => p.getByRole('navigation', { name: /Menu principal/ });
  const section = (name: string | RegExp) => page.getByRole('region', { name });
  /** The text of each row of a table, cell by cell (header cell first). */
  const rowsOf = (testId: string) =>
    page
      .getByTestId(testId)
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
      );

  async function numbersOf(filter: Record<string, string>): Promise<Numbers> {
    return dataOf(await hub.queryAs<{ statsProgrammeNumbers: Numbers }>(adminId, NUMBERS, { filter }))
      .statsProgrammeNumbers;
  }

  /** The screen's tables hold the API's figures for `numbers`, formatted in French. */
  async function expectFigures(numbers: Numbers): Promise<void> {
    const funnel = await rowsOf('numbers-funnel-table');
    expect(funnel.map((row) => row.slice(0, 2))).toEqual([
      ['Missions proposées', formatCount(numbers.missionFunnel.posted)],
      ['Missions publiées', formatCount(numbers.missionFunnel.published)],
      ['Candidatures déposées', formatCount(numbers.applicationFunnel.applied)],
      ['Temps libéré par le supérieur', formatCount(numbers.applicationFunnel.released)],
      ['Candidatures acceptées', formatCount(numbers.applicationFunnel.accepted)],
      ['Missions réalisées', formatCount(numbers.applicationFunnel.completed)],
    ]);
    // No share from published missions to applications: two units, often « over 100 % ».
    expect(funnel.map((row) => row[2])).toEqual([
      '—',
      formatShare(numbers.missionFunnel.published, numbers.missionFunnel.posted),
      '—',
      formatShare(numbers.applicationFunnel.released, numbers.applicationFunnel.applied),
      formatShare(numbers.applicationFunnel.accepted, numbers.applicationFunnel.released),
      formatShare(numbers.applicationFunnel.completed, numbers.applicationFunnel.accepted),
    ]);
    const delays = await rowsOf('numbers-delays-table');
    expect(delays.map((row) => row.slice(1))).toEqual(
      [
        numbers.timeToPublication,
        numbers.timeToFirstApplicant,
        numbers.timeToRelease,
        numbers.timeToAcceptance,
      ].map((time) => [
        formatCount(time.count),
        formatDuration(time.medianHours),
        formatDuration(time.p90Hours),
      ]),
    );
    if (numbers.hoursByMinistry.length > 0) {
      const hours = await rowsOf('numbers-hours-table');
      expect(hours.map((row) => row.slice(0, 3))).toEqual(
        numbers.hoursByMinistry.map((row) => [
          row.ministry.name,
          formatHours(row.hoursGiven),
          formatHours(row.hoursReceived),
        ]),
      );
    }
    if (numbers.skills.length > 0) {
      const skills = await rowsOf('numbers-skills-table');
      expect(skills.map((row) => row.slice(0, 3))).toEqual(
        numbers.skills.map((row) => [
          row.skill.label,
          formatCount(row.missionsDemanding),
          formatCount(row.agentsOffering),
        ]),
      );
    }
    const links = section('Missions ouvertes sans candidature').getByRole('listitem').getByRole('link');
    expect(await links.allTextContents()).toEqual(
      numbers.missionsWithoutApplicants.missions.flatMap((mission) => (mission ? [mission.title] : [])),
    );
  }

  beforeAll(async () => {
    const admin = demo.programmeAdmins?.[0];
    if (!admin) throw new Error('aucun membre de l’équipe du programme dans les données de démonstration');
    adminId = admin;
    [hub] = await Promise.all([startTestHub(demo, { personaLogin: true }), buildClient()]);
    browser = await launchChromium();
    page = await signedInHome({ browser, hub, contexts, problems }, adminId);
  }, 120_000);

  endBrowserSuite(() => ({ contexts, browser, hub }), problems);

  it('opens from the menu on the last twelve months, with the API’s figures in every table', async () => {
    await nav(page).getByRole('link', { name: 'Chiffres du programme' }).click();
    await page.getByRole('heading', { level: 1, name: 'Chiffres du programme' }).waitFor();
    const numbers = await numbersOf({});
    await page
      .getByTestId('numbers-scope')
      .getByText(/^Chiffres du .* tous les ministères/)
      .waitFor();
    expect(await page.getByLabel(/^Du/).inputValue()).toBe(numbers.from);
    expect(await page.getByLabel(/^Au/).inputValue()).toBe(numbers.to);
    expect(numbers.missionFunnel.posted).toBeGreaterThan(0);
    await expectFigures(numbers);
    // Each chart is hidden from assistive technologies: its table says the same.
    expect(await page.locator('.numbers-chart').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.numbers-chart:not([aria-hidden="true"])').count()).toBe(0);
    await expectAccessible();
    await screenshot(page, '70-chiffres-du-programme');
  });

  it('narrows to a ministry: the figures become the API’s for it, and the address keeps the choice', async () => {
    const all = await numbersOf({});
    const ministry = all.hoursByMinistry[0]?.ministry;
    if (!ministry) throw new Error('aucune heure par ministère dans les données de démonstration');
    const numbers = await numbersOf({ ministryId: ministry.id });
    expect(numbers.missionFunnel.posted).not.toBe(all.missionFunnel.posted);

    const filters = page.getByRole('form', { name: 'Périmètre des chiffres' });
    await filters.getByLabel(/^Ministère d’accueil/).selectOption(ministry.id);
    await filters.getByRole('button', { name: 'Afficher les chiffres' }).click();
    await page.getByTestId('numbers-scope').getByText(ministry.name).waitFor();
    expect(new URL(page.url()).searchParams.get('ministere')).toBe(ministry.id);
    await expectFigures(numbers);
    await expectAccessible();
    await screenshot(page, '71-chiffres-par-ministere');

    await page.reload();
    await page.getByTestId('numbers-scope').getByText(ministry.name).waitFor();
    expect(await page.getByLabel(/^Ministère d’accueil/).inputValue()).toBe(ministry.id);
    await expectFigures(numbers);
  });

  it('downloads each table as CSV for the scope on screen', async () => {
    const link = section('Entonnoir').getByRole('link', { name: /Télécharger \(CSV\)/ });
    const href = (await link.getAttribute('href')) ?? '';
    expect(new URL(href, hub.gateway.url).searchParams.get('ministryId')).toBe(
      new URL(page.url()).searchParams.get('ministere'),
    );
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^chiffres-entonnoir-.*\.csv$/);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe('etape;nombre;part_de_l_etape_precedente_pourcent');
    const numbers = await numbersOf({ ministryId: new URL(page.url()).searchParams.get('ministere') ?? '' });
    expect(rows[0]).toBe(`Missions proposées;${numbers.missionFunnel.posted};`);

    const skills = section('Compétences demandées et offertes').getByRole('link', { name: /Télécharger/ });
    const answer = await page.request.get(url((await skills.getAttribute('href')) ?? ''));
    expect(answer.status()).toBe(200);
    expect((await answer.text()).replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'competence_id;competence;missions_demandeuses;agents_declarants;agents_disponibles',
    );
  });

  it('shows a period the API refuses beside its field', async () => {
    const filters = page.getByRole('form', { name: 'Périmètre des chiffres' });
    await filters.getByLabel(/^Du/).fill('2026-05-01');
    await filters.getByLabel(/^Au/).fill('2025-05-01');
    await filters.getByRole('button', { name: 'Afficher les chiffres' }).click();
    // The message is the API's, under the field it names (filter.to).
    const to = page.locator('.fr-input-group').filter({ has: page.getByLabel(/^Au/) });
    await to.getByText('La fin de la période précède son début').waitFor();
    await page.getByRole('heading', { name: 'Ce périmètre est refusé' }).waitFor();
    expect(await page.locator('.fr-input-group--error').count()).toBe(1);
    await expectAccessible();
    await screenshot(page, '72-chiffres-periode-refusee');
  });

  it('offers neither the menu entry nor the figures to an agent outside the programme team', async () => {
    const agent = demo.agents.find((a) => !(demo.programmeAdmins ?? []).includes(a.id));
    if (!agent) throw new Error('aucun agent hors de l’équipe du programme');
    const other = await signedInPage(browser, hub, agent.id, problems);
    contexts.push(other.context);
    await other.page.goto(url('/chiffres'));
    await other.page.getByText('Accès réservé').waitFor();
    expect(await nav(other.page).getByRole('link', { name: 'Chiffres du programme' }).count()).toBe(0);
    expect(await other.page.locator('.numbers-section').count()).toBe(0);
  });
});
