import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { Save } from './useSave';

/** The save button of a profile form, and what became of the last save (announced). */
export function SaveFeedback({ save, label }: { save: Save; label: string }) {
  return (
    <>
      <div role="status" aria-live="polite">
        {save.saved ? (
          <Alert severity="success" small description="Enregistré." className={fr.cx('fr-mb-2w')} />
        ) : null}
      </div>
      {save.report.general.length > 0 ? (
        <Alert
          severity="error"
          small
          description={save.report.general.join(' ')}
          className={fr.cx('fr-mb-2w')}
        />
      ) : null}
      <Button type="submit" disabled={save.saving}>
        {save.saving ? 'Enregistrement…' : label}
      </Button>
    </>
  );
}
