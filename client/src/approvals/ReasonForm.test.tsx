import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { accessibilityProblems } from '../test-support/axe';
import { ReasonForm } from './ReasonForm';

/** The refusal form: the reason is required, « Autre » requires a text, both said beside their field. */
describe('ReasonForm', () => {
  function renderForm(serverFields: Record<string, string> = {}) {
    const onSubmit = jest.fn();
    const view = render(
      <ReasonForm
        id="refus"
        label="Refuser la demande de Marie DUPONT"
        legend="Motif du refus"
        submitLabel="Refuser"
        busy={false}
        serverFields={serverFields}
        onSubmit={onSubmit}
        onCancel={jest.fn()}
      />,
    );
    return { onSubmit, ...view };
  }

  it('asks for a reason before sending, and is accessible', async () => {
    const { onSubmit, container } = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Refuser' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Choisissez un motif.')).toBeTruthy();
    expect(await accessibilityProblems(container)).toEqual([]);
  });

  it('sends the chosen reason', () => {
    const { onSubmit } = renderForm();
    fireEvent.click(screen.getByLabelText('Charge de travail'));
    fireEvent.click(screen.getByRole('button', { name: 'Refuser' }));
    expect(onSubmit).toHaveBeenCalledWith({ reason: 'WORKLOAD', reasonText: null });
  });

  it('shows the server’s message beside the field it names', async () => {
    const { container } = renderForm({ reasonText: 'Le motif est trop long.' });
    expect(screen.getByText('Le motif est trop long.')).toBeTruthy();
    expect(await accessibilityProblems(container)).toEqual([]);
  });
});
