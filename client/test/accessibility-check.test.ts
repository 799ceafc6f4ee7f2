import type { Browser } from 'playwright-core';
import { launchChromium, seriousViolations } from './support/browser';

/**
 * The accessibility check every browser suite relies on (`seriousViolations`) sees what it must:
 * a page that breaks WCAG 2.1 A, in its own document and in a same-origin frame, is reported.
 * Without it, a check that found nothing would pass every screen.
 */
describe('the accessibility check of the browser suites', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const IMAGE = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="sans-alt">';
  const FIELD = '<input id="sans-etiquette">';

  async function violationsOf(body: string) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.setContent(
        `<!doctype html><html lang="fr"><head><title>Essai</title></head><body><main><h1>Essai</h1>${body}</main></body></html>`,
      );
      const violations = await seriousViolations(page);
      return violations.map(({ id, targets }) => ({ id, targets }));
    } finally {
      await context.close();
    }
  }

  it('reports the serious violations of a page, with their elements', async () => {
    await expect(violationsOf(`${IMAGE}${FIELD}`)).resolves.toEqual(
      expect.arrayContaining([
        { id: 'image-alt', targets: ['#sans-alt'] },
        { id: 'label', targets: ['#sans-etiquette'] },
      ]),
    );
  });

  it('reports those of its frames too', async () => {
    const frame = `<html lang='fr'><body>${FIELD.replaceAll('"', "'")}</body></html>`;
    await expect(violationsOf(`${IMAGE}<iframe title="Cadre" srcdoc="${frame}"></iframe>`)).resolves.toEqual(
      expect.arrayContaining([
        { id: 'image-alt', targets: ['#sans-alt'] },
        { id: 'label', targets: ['iframe #sans-etiquette'] },
      ]),
    );
  });
});
