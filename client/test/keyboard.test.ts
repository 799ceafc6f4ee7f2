import { generateDemoData } from '@talents/demo';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cast } from '../../test/support/integrity';
import { startTestHub, type TestHub } from '../../test/support/hub';
import { buildClient, endBrowserSuite, launchChromium, signedInPage } from './support/browser';

/**
 * Keyboard only, on every screen of every persona: pressing Tab from the top of the page reaches
 * every control a mouse could use — links, buttons, fields — in turn. A control taken out of the tab
 * order (a negative tabindex, a focus trap before it) fails the screen it is on.
 * Only what is shown counts: a control in a closed disclosure is reached once it is opened.
 */
describe('every action of every screen, reached with the keyboard alone', () => {
  const demo = generateDemoData({ size: { agents: 80, missions: 30, applications: 40 } });
  const people = cast(demo);
  let hub: TestHub;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  const SCREENS: Array<[persona: string, agentId: string, paths: string[]]> = [
    [
      'agent',
      people.plainAgents[0]!.id,
      ['/', '/missions', '/candidatures', '/profil', '/notifications', '/notifications/preferences'],
    ],
    ['supérieur', people.manager.id, ['/validations', '/equipe']],
    ['porteur', people.host.id, ['/porteur/missions', '/porteur/missions/nouvelle', '/porteur/candidatures']],
    ['équipe du programme', people.admin.id, ['/moderation', '/chiffres', '/journal-audit']],
  ];

  beforeAll(async () => {
    [hub] = await Promise.all([startTestHub(demo), buildClient()]);
    browser = await launchChromium();
  }, 120_000);

  // The test of each screen checks the problems itself (below).
  endBrowserSuite(() => ({ contexts, browser, hub }));

  /** Marks every control shown on the page; returns how many there are. */
  function markControls(page: Page): Promise<number> {
    return page.evaluate(() => {
      const selector =
        'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
      const shown = (element: Element) =>
        element.getClientRects().length > 0 &&
        element.checkVisibility({ visibilityProperty: true }) &&
        !element.closest('[inert]');
      const controls = [...document.querySelectorAll(selector)].filter(
        (element) => shown(element) && !(element as HTMLButtonElement).disabled,
      );
      // A group of radio buttons is one stop: its checked button, or its first.
      const radioGroups = new Set<string>();
      let count = 0;
      for (const element of controls) {
        if (element instanceof HTMLInputElement && element.type === 'radio') {
          const group = `${element.form?.id ?? ''}/${element.name}`;
          const checked = document.querySelector(
            `input[type="radio"][name="${CSS.escape(element.name)}"]:checked`,
          );
          if (radioGroups.has(group) || (checked && checked !== element)) continue;
          radioGroups.add(group);
        }
        element.setAttribute('data-keyboard-stop', String(count));
        count += 1;
      }
      return count;
    });
  }

  /**
   * What Tab reaches, stop by stop, from the top of the page (each mark once). The page records each
   * focus itself, so that a press costs one round trip to the browser rather than two.
   */
  async function tabThrough(page: Page, stops: number): Promise<Set<string>> {
    await page.evaluate(() => {
      const reached: string[] = [];
      Object.assign(window, { keyboardStopsReached: reached });
      document.addEventListener('focusin', (event) => {
        const mark = (event.target as Element | null)?.getAttribute?.('data-keyboard-stop');
        if (mark != null && !reached.includes(mark)) reached.push(mark);
      });
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    const reachedSoFar = async () =>
      new Set(
        await page.evaluate(
          () => (window as unknown as { keyboardStopsReached: string[] }).keyboardStopsReached,
        ),
      );
    const presses = stops + 40;
    for (let press = 1; press <= presses; press += 1) {
      await page.keyboard.press('Tab');
      // Read back now and then: enough to stop soon after the last control, without a read per press.
      if (press >= stops && (press - stops) % 10 === 0 && (await reachedSoFar()).size === stops) break;
    }
    return reachedSoFar();
  }

  it.each(
    SCREENS.flatMap(([persona, agentId, paths]) => paths.map((path) => [persona, path, agentId] as const)),
  )(
    '%s, %s',
    async (_persona, path, agentId) => {
      const signedIn = await signedInPage(browser, hub, agentId, problems);
      contexts.push(signedIn.context);
      const { page } = signedIn;
      await page.goto(`${hub.gateway.url}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const stops = await markControls(page);
      expect(stops).toBeGreaterThan(5);
      const reached = await tabThrough(page, stops);
      const missed = await page.evaluate(
        (seen) =>
          [...document.querySelectorAll('[data-keyboard-stop]')]
            .filter((element) => !seen.includes(element.getAttribute('data-keyboard-stop') ?? ''))
            .map(
              (element) =>
                `${element.tagName.toLowerCase()} « ${(element.textContent ?? '').trim().slice(0, 60)} »`,
            ),
        [...reached],
      );
      expect(missed).toEqual([]);
      expect(problems).toEqual([]);
    },
    60_000,
  );
});
