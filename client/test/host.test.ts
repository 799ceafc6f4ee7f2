import { generateDemoData } from '@talents/demo';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../../test/support/hub';
import { liveCast, type LiveCast } from '../../test/support/subscriptions';
import {
  buildClient,
  launchChromium,
  screenshot,
  seriousViolations,
  signedInPage,
  tabTo,
} from './support/browser';

/**
 * The host's and the programme team's screens, in Debian's Chromium, against the real hub with demo
 * data: a host posts a mission from a template with the keyboard alone and submits it, the programme
 * team publishes it from the moderation queue, the host sees it published, duplicates it, and reads
 * why a refused transition was refused. axe-core checks every screen; screenshots are saved.
 */
describe('the host and moderation screens in Chromium', () => {
  const demo = generateDemoData({ size: { agents: 60, missions: 20, applications: 10 } });
  let cast: LiveCast;
  let hub: TestHub;
  let browser: Browser;
  let hostContext: BrowserContext;
  let adminContext: BrowserContext;
  let host: Page;
  let admin: Page;
  const problems: string[] = [];

  const title = 'Audit RGAA du téléservice des bourses';
  const description =
    'Le téléservice des bourses de lycée est ouvert depuis septembre. Vous auditerez ses dix pages principales selon le RGAA 4.1, puis présenterez les écarts à l’équipe et l’aiderez à prioriser les corrections.';
  const pastTitle = 'Atelier passé sur la dématérialisation';

  const url = (path: string) => `${hub.gateway.url}${path}`;
  const expectAccessible = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);

  const signedIn = (agentId: string) => signedInPage(browser, hub, agentId, problems);

  /** Replaces a field's text from the keyboard. */
  async function retype(page: Page, field: Locator, text: string): Promise<void> {
    await tabTo(page, field);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    if (text) await page.keyboard.insertText(text);
  }

  const nav = (page: Page) => page.getByRole('navigation', { name: /Menu principal/ });
  const card = (page: Page, status: string, name: string) =>
    page.getByTestId(`missions-${status}`).locator(':scope > li').filter({ hasText: name });

  beforeAll(async () => {
    cast = liveCast(demo);
    [hub] = await Promise.all([startTestHub(demo, { personaLogin: true }), buildClient()]);
    browser = await launchChromium();
    ({ context: hostContext, page: host } = await signedIn(cast.host.id));
    ({ context: adminContext, page: admin } = await signedIn(cast.admin.id));
  }, 120_000);

  afterAll(async () => {
    await hostContext?.close();
    await adminContext?.close();
    await browser?.close();
    await hub?.stop();
  });

  it('shows the host’s and the programme team’s menu entries only to them', async () => {
    await host.goto(url('/'));
    await nav(host).getByRole('link', { name: 'Mes missions' }).waitFor();
    await nav(host).getByRole('link', { name: 'Publier une mission' }).waitFor();
    expect(await nav(host).getByRole('link', { name: 'Modération' }).count()).toBe(0);

    await admin.goto(url('/'));
    await nav(admin).getByRole('link', { name: 'Modération' }).waitFor();

    const listener = cast.listeners[0];
    if (!listener) throw new Error('aucun agent');
    const { context, page } = await signedIn(listener.id);
    await page.goto(url('/porteur/missions'));
    await page.getByText('Accès réservé').waitFor();
    await nav(page).getByRole('link', { name: 'Mes candidatures' }).waitFor();
    expect(
      await nav(page)
        .getByRole('link', { name: /Mes missions|Publier|Modération/ })
        .count(),
    ).toBe(0);
    await page.goto(url('/moderation'));
    await page.getByText('réservée à l’équipe du programme').waitFor();
    await context.close();
  });

  it('posts a mission from its kind’s template with the keyboard alone, with messages as the host types', async () => {
    await nav(host).getByRole('link', { name: 'Publier une mission' }).click();
    await host.getByRole('heading', { level: 1, name: 'Publier une mission' }).waitFor();
    await host.getByText('Étape 1 sur 4').waitFor();
    await expectAccessible(host);
    await screenshot(host, '20-publier-etape-1-nature');

    // Step 1: the kind, by the keyboard; its template pre-fills the content.
    await tabTo(host, host.getByRole('radio', { name: /Appui à un projet/ }));
    await host.keyboard.press('Space');
    for (let i = 0; i < 4; i += 1) await host.keyboard.press('ArrowDown');
    expect(await host.getByRole('radio', { name: /Étude ou audit/ }).isChecked()).toBe(true);
    await host.getByText(/Le modèle « Étude ou audit » a prérempli/).waitFor();
    await expectAccessible(host);
    await tabTo(host, host.getByRole('button', { name: 'Étape suivante' }));
    await host.keyboard.press('Enter');

    // Step 2: the template's title and outline, to be made concrete.
    await host.getByText('Étape 2 sur 4').waitFor();
    const titleField = host.getByLabel('Titre de la mission');
    expect(await titleField.inputValue()).toBe('Audit de [service ou système]');
    expect(await host.getByLabel('Effort attendu, en heures').inputValue()).toBe('21');
    expect(await host.getByLabel('Description du besoin').inputValue()).toContain('Livrables attendus');
    await retype(host, titleField, '');
    await host.getByText('Le titre de la mission est obligatoire.').waitFor();
    await host.keyboard.insertText(title);
    await expect(host.getByText('Le titre de la mission est obligatoire.').count()).resolves.toBe(0);
    await retype(host, host.getByLabel('Effort attendu, en heures'), '200');
    await host.getByText('Indiquez un nombre entier d’heures, entre 1 et 105.').waitFor();
    await expectAccessible(host);
    await screenshot(host, '21-publier-etape-2-besoin');
    await retype(host, host.getByLabel('Effort attendu, en heures'), '21');
    // The outline's brackets must be replaced before going on.
    await tabTo(host, host.getByRole('button', { name: 'Étape suivante' }));
    await host.keyboard.press('Enter');
    await host.getByText('Remplacez les passages entre crochets du modèle par votre besoin.').waitFor();
    expect(await host.getByLabel('Description du besoin').evaluate((e) => e === document.activeElement)).toBe(
      true,
    );
    await retype(host, host.getByLabel('Description du besoin'), description);
    await tabTo(host, host.getByRole('button', { name: 'Étape suivante' }));
    await host.keyboard.press('Enter');

    // Step 3: the template's skills, seats, the host as contact, open to all.
    await host.getByText('Étape 3 sur 4').waitFor();
    await host.getByTestId('required-skills').getByText('Niveau minimal — RGAA').waitFor();
    expect(await host.getByLabel('Agent à contacter').inputValue()).toBe(cast.host.id);
    await retype(host, host.getByLabel('Nombre de places'), '2');
    await expectAccessible(host);
    await screenshot(host, '22-publier-etape-3-competences');
    await tabTo(host, host.getByRole('button', { name: 'Étape suivante' }));
    await host.keyboard.press('Enter');

    // Step 4: review, then submit.
    await host.getByText('Étape 4 sur 4').waitFor();
    const review = host.getByTestId('mission-review');
    await review.getByText(title).waitFor();
    await review.getByText('Étude ou audit (technique)').waitFor();
    await review.getByText('Toutes les administrations').waitFor();
    await expectAccessible(host);
    await screenshot(host, '23-publier-etape-4-verification');
    await tabTo(host, host.getByRole('button', { name: 'Soumettre à la modération' }));
    await host.keyboard.press('Enter');

    await host.getByRole('heading', { level: 1, name: 'Mes missions' }).waitFor();
    await host.getByText(`La mission « ${title} » est soumise à la modération`).waitFor();
    await card(host, 'SUBMITTED', title).getByText('En modération').waitFor();
    await expectAccessible(host);
    await screenshot(host, '24-mes-missions-en-moderation');
  });

  it('lets the programme team read the queue, require a reason to return, and publish', async () => {
    await nav(admin).getByRole('link', { name: 'Modération' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Modération' }).waitFor();
    const item = admin.getByTestId('moderation-queue').locator(':scope > li').filter({ hasText: title });
    await item.getByText('En attente depuis moins d’une heure').waitFor();
    await expectAccessible(admin);
    await screenshot(admin, '25-moderation-file');

    await item.getByRole('link', { name: title }).click();
    await admin.getByRole('heading', { level: 1, name: title }).waitFor();
    await admin.getByText('Le téléservice des bourses de lycée').waitFor();
    await admin.getByRole('button', { name: 'Renvoyer en brouillon' }).click();
    await admin.getByRole('button', { name: 'Confirmer le renvoi en brouillon' }).click();
    await admin.getByText('Le motif du renvoi en brouillon est obligatoire').waitFor();
    await expectAccessible(admin);
    await screenshot(admin, '26-moderation-mission');

    await admin.getByRole('button', { name: 'Publier la mission' }).click();
    await admin.getByText(`« ${title} » est publiée`).waitFor();
    expect(await admin.getByTestId('moderation-queue').getByText(title).count()).toBe(0);
  });

  it('shows the host the mission published, and duplicates it into a new draft', async () => {
    await host.reload();
    const published = card(host, 'PUBLISHED', title);
    await published.getByText('Publiée', { exact: true }).waitFor();
    await published.getByText('2 places restantes sur 2').waitFor();
    // Its applicants are on « Candidatures reçues », a link away.
    expect(await published.getByRole('link', { name: 'Candidatures' }).getAttribute('href')).toMatch(
      /^\/porteur\/candidatures\/[0-9a-f-]{36}$/,
    );
    await expectAccessible(host);
    await screenshot(host, '27-mes-missions-publiee');

    await published.getByRole('link', { name: 'Dupliquer' }).click();
    await host.getByRole('heading', { level: 1, name: 'Dupliquer une mission' }).waitFor();
    await host.getByText(`Nouveau brouillon à partir de « ${title} »`).waitFor();
    expect(await host.getByRole('radio', { name: /Étude ou audit/ }).isChecked()).toBe(true);
    await expectAccessible(host);
    await screenshot(host, '28-dupliquer');
    const toReview = async () => {
      for (const step of [2, 3, 4]) {
        await host.getByRole('button', { name: 'Étape suivante' }).click();
        await host.getByText(`Étape ${step} sur 4`).waitFor();
      }
    };
    // A tab in the title passes the form's checks; the server's BAD_USER_INPUT comes back beside it.
    await host.getByRole('button', { name: 'Étape suivante' }).click();
    await host.getByLabel('Titre de la mission').fill(`${title}\t(copie)`);
    await host.getByRole('button', { name: 'Étape précédente' }).click();
    await toReview();
    await host.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await host.getByText('Étape 2 sur 4').waitFor();
    const titleGroup = host
      .locator('.fr-input-group')
      .filter({ has: host.getByLabel('Titre de la mission') });
    await titleGroup
      .getByText('Ce champ tient sur une ligne : retirez les sauts de ligne et tabulations.')
      .waitFor();
    expect(await host.getByLabel('Titre de la mission').evaluate((e) => e === document.activeElement)).toBe(
      true,
    );
    await expectAccessible(host);
    await screenshot(host, '30-dupliquer-erreur-serveur');
    await host.getByLabel('Titre de la mission').fill(title);
    await host.getByRole('button', { name: 'Étape précédente' }).click();
    await toReview();
    await host.getByTestId('mission-review').getByText(description).waitFor();
    await host.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await host.getByText(`Le brouillon « ${title} » est enregistré.`).waitFor();
    await card(host, 'DRAFT', title).waitFor();
    await card(host, 'PUBLISHED', title).waitFor();
  });

  it('says why a refused transition was refused: a draft whose application deadline has passed', async () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const created = await hub.queryAs(
      cast.host.id,
      `mutation ($input: MissionInput!) { createMission(input: $input) { id } }`,
      {
        input: {
          title: pastTitle,
          kind: 'IDEATION_WORKSHOP',
          domain: 'BUSINESS',
          description: 'Un atelier dont la date limite de candidature est passée.',
          hostAdministrationId: cast.referent.administrationId,
          contactAgentId: cast.host.id,
          requiredSkills: [{ skillId: 'animation-communaute', minLevel: 'INTERMEDIATE' }],
          effortHours: 7,
          startDate: day(10),
          endDate: day(12),
          applicationDeadline: day(-2),
          workMode: 'REMOTE',
          seats: 1,
        },
      },
    );
    expect(created.errors).toBeUndefined();

    await host.reload();
    const draft = card(host, 'DRAFT', pastTitle);
    await draft.getByRole('button', { name: 'Soumettre à la modération' }).click();
    const refusal = draft.getByRole('alert');
    await refusal.getByText('Action impossible à cette étape').waitFor();
    await refusal
      .getByText(/La date limite de candidature \(.+\) est passée : reportez-la avant de la soumettre/)
      .waitFor();
    await card(host, 'DRAFT', pastTitle).waitFor();
    await expectAccessible(host);
    await screenshot(host, '29-mes-missions-transition-refusee');

    // Cancelling asks for a confirmation first, then the mission moves to « Annulées ».
    await draft.getByRole('button', { name: 'Annuler la mission' }).click();
    await draft.getByRole('button', { name: 'Confirmer l’annulation' }).click();
    await host.getByText(`La mission « ${pastTitle} » est annulée.`).waitFor();
    await card(host, 'CANCELLED', pastTitle).waitFor();
  });

  it('edits with the version it read (a change made meanwhile is refused), and shows the programme team’s reason for a return', async () => {
    const edit = card(host, 'DRAFT', title).getByRole('link', { name: 'Modifier' });
    const missionId = (await edit.getAttribute('href'))?.split('/')[3] ?? '';
    await edit.click();
    await host.getByRole('heading', { level: 1, name: 'Modifier une mission' }).waitFor();
    // Another référent (here, the API) submits it while the form is open.
    const submitted = await hub.queryAs(
      cast.host.id,
      'mutation ($id: ID!) { submitMission(id: $id) { id } }',
      {
        id: missionId,
      },
    );
    expect(submitted.errors).toBeUndefined();
    for (const step of [2, 3, 4]) {
      await host.getByRole('button', { name: 'Étape suivante' }).click();
      await host.getByText(`Étape ${step} sur 4`).waitFor();
    }
    await host.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await host.getByText('Action impossible à cette étape').waitFor();
    await host.getByText(/Cette mission a été modifiée entre-temps par quelqu’un d’autre/).waitFor();
    await expectAccessible(host);
    await screenshot(host, '31-modifier-version-perimee');

    // The programme team returns it with a reason; the host reads the reason on the draft.
    const reason = 'Précisez le nombre de pages auditées et le référentiel visé.';
    await admin.goto(url(`/moderation/${missionId}`));
    await admin.getByRole('button', { name: 'Renvoyer en brouillon' }).click();
    await admin.getByLabel('Motif du renvoi').fill(reason);
    await admin.getByRole('button', { name: 'Confirmer le renvoi en brouillon' }).click();
    await admin.getByText(`« ${title} » est renvoyée en brouillon`).waitFor();
    await host.goto(url('/porteur/missions'));
    await card(host, 'DRAFT', title).getByText(`Motif : ${reason}`).waitFor();
  });

  it('logged no console error on the way', () => {
    expect(problems).toEqual([]);
  });
});
