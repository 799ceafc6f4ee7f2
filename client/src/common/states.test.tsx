import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { accessibilityProblems } from '../test-support/axe';
import { ClosableNotice, Loading, QueryError } from './states';

/** The loading, error and notice states every screen uses: French, announced, accessible. */
describe('the shared states', () => {
  it('announces a wait', async () => {
    const { container } = render(<Loading label="Chargement des missions…" />);
    expect(screen.getByRole('status').textContent).toBe('Chargement des missions…');
    expect(await accessibilityProblems(container)).toEqual([]);
  });

  it('says what failed, in the server’s French words', async () => {
    const error = new Error('réseau');
    const { container } = render(
      <QueryError error={error} title="Les missions n’ont pas pu être chargées" />,
    );
    expect(screen.getByText('Les missions n’ont pas pu être chargées')).toBeTruthy();
    expect(await accessibilityProblems(container)).toEqual([]);
  });

  it('keeps a polite live region for a notice, which the person can close', async () => {
    const onClose = jest.fn();
    const { container, rerender } = render(<ClosableNotice notice={null} onClose={onClose} />);
    expect(screen.getByRole('status').textContent).toBe('');
    rerender(<ClosableNotice notice="La mission est publiée." onClose={onClose} />);
    // The region stays the same element; the notice is inside it.
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toContain('La mission est publiée.');
    fireEvent.click(screen.getByRole('button', { name: /Masquer le message/ }));
    expect(onClose).toHaveBeenCalled();
    expect(await accessibilityProblems(container)).toEqual([]);
  });
});
