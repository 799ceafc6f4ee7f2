import { getIntrospectionQuery } from 'graphql';
import { generateDemoData, type DemoData } from '@talents/demo';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../client/test/support/browser';
import { eventually } from '../support/eventually';
import { startTestHub, type TestHub } from '../support/hub';
import { liveCast, publishMission, waitFor } from '../support/subscriptions';

interface IntrospectionAnswer {
  __schema: { queryType: { name: string }; types: Array<{ name: string }> };
}

/** The programme team explores the API in GraphiQL: its own introspection must go through. */
describe('GraphiQL at the gateway', () => {
  let hub: TestHub;
  let demo: DemoData;
  let browser: Browser;

  beforeAll(async () => {
    demo = generateDemoData({ size: { agents: 20, missions: 6, applications: 4 } });
    hub = await startTestHub(demo);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it.each([
    ['anonymous', null],
    ['the programme team', 'admin'],
  ])('answers graphql-js’s introspection query for %s', async (_label, who) => {
    const query = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true });
    const response =
      who === 'admin'
        ? await hub.queryAs<IntrospectionAnswer>(demo.programmeAdmins?.[0] ?? '', query)
        : await hub.query<IntrospectionAnswer>(query);
    expect(response.errors).toBeUndefined();
    expect(response.data?.__schema.queryType.name).toBe('Query');
    expect(response.data?.__schema.types.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Mission', 'Agent', 'Application']),
    );
  });

  it('shows the schema in the documentation panel, with no console error', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
    });
    try {
      await page.goto(`${hub.gateway.url}/graphiql`);
      await page.getByRole('button', { name: /documentation explorer/i }).click();
      const docs = page.locator('.graphiql-doc-explorer');
      await docs.getByText('Query', { exact: true }).click();
      await docs.getByText('missions', { exact: true }).first().waitFor();
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('runs a subscription over graphql-ws, signed in as the current user', async () => {
    const cast = liveCast(demo);
    const context = await browser.newContext();
    const [name, value] = (await hub.sessionCookie(cast.admin.id)).split('=');
    await context.addCookies([{ name: name ?? '', value: value ?? '', url: hub.gateway.url }]);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    try {
      await page.goto(`${hub.gateway.url}/graphiql`);
      // The editor must hold its default query first: text typed earlier would be replaced by it.
      const editor = page.locator('.graphiql-query-editor');
      await editor.getByText('MissionsPubliees').waitFor();
      await editor.locator('.CodeMirror').click();
      await page.keyboard.press('Control+A');
      // insertText: typed keys would have CodeMirror close the braces a second time.
      await page.keyboard.insertText(
        'subscription MissionsPubliees { missionPublished { mission { title } } }',
      );
      await editor.getByText('missionPublished').waitFor();
      await expect(editor.getByText('totalCount').count()).resolves.toBe(0);
      // GraphiQL parses an edit a moment later (debounced): run before that, it still sees the
      // default query and posts over HTTP. Run again until the gateway holds the subscription.
      const before = hub.gateway.subscriptions.active;
      const active = await eventually(
        async () => {
          if (hub.gateway.subscriptions.active === before) {
            await page.getByRole('button', { name: /execute query/i }).click();
            await waitFor(() => hub.gateway.subscriptions.active > before, 2000).catch(() => undefined);
          }
          return hub.gateway.subscriptions.active;
        },
        (count) => count > before,
      );
      expect(active).toBeGreaterThan(before);
      // An early run posted over HTTP is answered with an error (subscriptions go over graphql-ws).
      problems.length = 0;

      const title = 'Mission suivie dans GraphiQL';
      await publishMission(hub, cast, { title, skillIds: [demo.skills[0]?.id ?? ''] });
      await page.locator('.graphiql-response').getByText(title).waitFor({ timeout: 10_000 });
      expect(sockets).toEqual([`${hub.gateway.url.replace(/^http/, 'ws')}/graphql`]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
