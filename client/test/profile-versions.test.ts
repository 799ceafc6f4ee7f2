import { generateDemoData } from '@talents/demo';
import type { Persona } from '@talents/gateway';
import type { Browser, Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../../test/support/hub';
import { buildClient, launchChromium } from './support/browser';

/**
 * « Mon profil » sends the version of the profile it read with every save (issue 18, item 8), in
 * Chromium against the real hub: saves of the page's forms one after another pass (each reads back
 * the new version), and a save after someone else changed the profile shows the hub's CONFLICT
 * message instead of overwriting their change; once the page is reloaded, the save passes.
 */
describe('« Mon profil » and edits made elsewhere', () => {
  const demo = generateDemoData({ size: { agents: 40, missions: 5, applications: 0 } });
  let hub: TestHub;
  let browser: Browser;
  let page: Page;
  let agent: Persona;

  const url = (path: string) => `${hub.gateway.url}${path}`;
  /** One form of the page, by its heading. */
  const form = (title: string) => page.locator('form', { has: page.getByRole('heading', { name: title }) });
  /** Saves a form and waits for its outcome: « Enregistré. » or an error alert. */
  const save = async (title: string, button: string) => {
    await form(title).getByRole('button', { name: button }).click();
    await form(title).locator('.fr-alert').first().waitFor();
  };
  const openProfile = async () => {
    await page.goto(url('/profil'));
    await page.getByRole('heading', { level: 2, name: 'Ma disponibilité' }).waitFor();
  };
  const version = async (): Promise<number> => {
    const read = await hub.queryAs<{ me: { version: number } }>(agent.agentId, '{ me { version } }');
    return read.data!.me.version;
  };

  beforeAll(async () => {
    [hub] = await Promise.all([startTestHub(demo, { personaLogin: true }), buildClient()]);
    agent = hub.personas[0]!;
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(url('/auth/personas'));
    await page.getByRole('button', { name: `Se connecter en tant que ${agent.displayName}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Missions pour vous' }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('saves one form after another: each save carries the version the previous one left', async () => {
    await openProfile();
    const before = await version();
    await page.getByLabel('Heures par mois que vous pouvez donner').fill('9');
    await save('Ma disponibilité', 'Enregistrer ma disponibilité');
    await page.getByLabel('Intitulé du poste').fill('Cheffe de projet numérique');
    await save('Mon poste', 'Enregistrer mon poste');
    // Two edits in one request (presence in the directory, then hidden administrations).
    await save('Visibilité de mon profil', 'Enregistrer ma visibilité');
    for (const title of ['Ma disponibilité', 'Mon poste', 'Visibilité de mon profil']) {
      expect({ title, saved: await form(title).getByText('Enregistré.').count() }).toEqual({
        title,
        saved: 1,
      });
    }
    expect(await version()).toBe(before + 4);
  });

  it('shows the CONFLICT message when someone else changed the profile meanwhile, and writes nothing', async () => {
    await openProfile();
    // Another tab (or the programme team) edits the profile after the page read it.
    const elsewhere = await hub.queryAs(
      agent.agentId,
      'mutation ($id: ID!) { updateAgentProfile(id: $id, input: { city: "Lyon" }) { id } }',
      { id: agent.agentId },
    );
    expect(elsewhere.errors).toBeUndefined();
    const after = await version();

    await page.getByLabel('Heures par mois que vous pouvez donner').fill('14');
    await save('Ma disponibilité', 'Enregistrer ma disponibilité');
    const availability = form('Ma disponibilité');
    await availability
      .getByText(/Ce profil a été modifié entre-temps par quelqu’un d’autre.*rechargez la page/)
      .waitFor();
    expect(await availability.getByText('Enregistré.').count()).toBe(0);
    expect(await version()).toBe(after);

    await openProfile();
    await page.getByLabel('Heures par mois que vous pouvez donner').fill('14');
    await save('Ma disponibilité', 'Enregistrer ma disponibilité');
    await form('Ma disponibilité').getByText('Enregistré.').waitFor();
    const read = await hub.queryAs<{ me: { availability: { hoursPerMonth: number } } }>(
      agent.agentId,
      '{ me { availability { hoursPerMonth } } }',
    );
    expect(read.data?.me.availability.hoursPerMonth).toBe(14);
  });
});
