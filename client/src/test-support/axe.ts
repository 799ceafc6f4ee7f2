import axe from 'axe-core';

/**
 * axe-core's serious and critical violations of WCAG 2.1 A/AA in a rendered component, as the browser
 * tests count them on whole screens. jsdom has no layout: colour contrast is left to those.
 */
export async function accessibilityProblems(container: Element): Promise<string[]> {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help}`);
}
