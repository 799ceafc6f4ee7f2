import { getIntrospectionQuery } from 'graphql';
import { generateDemoData, type DemoData } from '@talents/demo';
import { chromium, type Browser } from 'playwright-core';
import { startTestHub, type TestHub } from '../support/hub';

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
    browser = await chromium.launch({
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
});
