import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';

/**
 * The two buttons that end a small form: submit (disabled while the mutation runs, with
 * `busyLabel` then if one is given) and « Annuler ».
 */
export function FormActions({
  label,
  busy,
  busyLabel,
  onCancel,
}: {
  label: string;
  busy: boolean;
  busyLabel?: string;
  onCancel: () => void;
}) {
  return (
    <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-sm')}>
      <li>
        <Button type="submit" disabled={busy}>
          {busy && busyLabel ? busyLabel : label}
        </Button>
      </li>
      <li>
        <Button type="button" priority="secondary" onClick={onCancel}>
          Annuler
        </Button>
      </li>
    </ul>
  );
}
