import { describe, expect, it } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import { accessibilityProblems } from '../test-support/axe';
import { ApplicationTimeline } from './ApplicationTimeline';

/** The agent's timeline: the steps reached in order, the current one marked, the rest still ahead. */
describe('ApplicationTimeline', () => {
  it('lists the steps reached, marks the current one and shows what is ahead, accessibly', async () => {
    const { container } = render(
      <section aria-labelledby="titre">
        <h2 id="titre">Étapes</h2>
        <ApplicationTimeline
          titleId="titre"
          status="MANAGER_APPROVED"
          steps={[
            { status: 'SUBMITTED', at: '2026-12-01T09:00:00.000Z' },
            { status: 'MANAGER_APPROVED', at: '2026-12-02T10:30:00.000Z' },
          ]}
        />
      </section>,
    );
    const list = screen.getByRole('list', { name: 'Étapes' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Candidature déposée'),
      expect.stringContaining('Temps libéré par votre supérieur'),
      expect.stringContaining('Acceptée par le porteur'),
      expect.stringContaining('Mission réalisée'),
    ]);
    expect(items.map((item) => item.getAttribute('aria-current'))).toEqual([null, 'step', null, null]);
    expect(items[1]!.textContent).toContain('(étape actuelle)');
    expect(items[2]!.textContent).toContain('à venir');
    expect(await accessibilityProblems(container)).toEqual([]);
  });

  it('shows nothing ahead once the application is closed', () => {
    render(
      <ApplicationTimeline
        titleId="titre"
        status="WITHDRAWN"
        steps={[
          { status: 'SUBMITTED', at: '2026-12-01T09:00:00.000Z' },
          { status: 'WITHDRAWN', at: '2026-12-03T09:00:00.000Z' },
        ]}
      />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByText('à venir')).toBeNull();
  });
});
