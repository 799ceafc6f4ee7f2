import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { TestHub } from '../../../test/support/hub';

export const CLIENT_DIR = path.resolve(__dirname, '../..');

/** Where the browser tests save a screenshot of each screen (git-ignored); `SCREENSHOTS_DIR` overrides. */
export const SCREENSHOTS_DIR = process.env.SCREENSHOTS_DIR ?? path.join(CLIENT_DIR, 'e2e/screenshots');

/**
 * client/dist as `npm start` serves it, built only when older than its sources — as `npm start`
 * does. `npm test` builds it once in its global setup: two suites building at once made Vite
 * refuse the second (« another build process »).
 */
export async function buildClient(): Promise<void> {
  await promisify(execFile)('node', [path.join(CLIENT_DIR, 'scripts/build-if-stale.mjs')], {
    cwd: CLIENT_DIR,
  });
}

/** Debian's Chromium, headless, with nothing reaching out to the network by itself. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface AxeProblem {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical violations of WCAG 2.1 A/AA on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeProblem[]> {
  const builder = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Every rule still runs on every element; only the violations are reported in full.
    .options({ resultTypes: ['violations'] });
  // axe's frame-by-frame mode ends in a new blank page, axe-core injected three times: twice as long
  // as one run in the page, which finds the same where there is no frame (accessibility-check.test.ts).
  // A page with frames keeps it: the single run missed what was wrong inside a frame.
  if (page.frames().length === 1) builder.setLegacyMode();
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/** Presses Tab until `target` has the focus, as a keyboard user would reach it. */
export async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((element) => element === document.activeElement, handle)) return;
  }
  throw new Error(`élément non atteint au clavier : ${target.toString()}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
}

/**
 * A page of a fresh French desktop context signed in as `agentId` (a session cookie, as after the
 * sign-in); its console errors and page errors go to `problems`, which each test answers for.
 */
export async function signedInPage(
  browser: Browser,
  hub: Pick<TestHub, 'sessionCookie' | 'gateway'>,
  agentId: string,
  problems: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  const [name = '', value = ''] = (await hub.sessionCookie(agentId)).split(/=(.*)/s);
  await context.addCookies([{ name, value, url: hub.gateway.url }]);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  return { context, page };
}

/**
 * `signedInPage` on the dashboard's home, once its header shows the person signed in; the context
 * joins the suite's `contexts`, which `endBrowserSuite` closes.
 */
export async function signedInHome(
  suite: {
    browser: Browser;
    hub: Pick<TestHub, 'sessionCookie' | 'gateway'>;
    contexts: BrowserContext[];
    problems: string[];
  },
  agentId: string,
): Promise<Page> {
  const { context, page } = await signedInPage(suite.browser, suite.hub, agentId, suite.problems);
  suite.contexts.push(context);
  await page.goto(`${suite.hub.gateway.url}/`);
  await page.getByRole('button', { name: /Se déconnecter/ }).waitFor();
  return page;
}

/**
 * The hooks a browser suite ends with: after each test, none of the console errors and page errors
 * of its own steps (when the suite hands its `problems` over rather than checking them itself); after
 * the last, every context, then Chromium, then the hub close. `parts` is read then, set-up done —
 * or failed half-way, hence the parts that may be missing.
 */
export function endBrowserSuite(
  parts: () => {
    contexts: readonly BrowserContext[];
    browser: Browser | undefined;
    hub: Pick<TestHub, 'stop'> | undefined;
  },
  problems?: string[],
): void {
  afterAll(async () => {
    const { contexts, browser, hub } = parts();
    for (const context of contexts) await context.close();
    await browser?.close();
    await hub?.stop();
  });
  if (problems)
    afterEach(() => {
      expect(problems.splice(0)).toEqual([]);
    });
}
