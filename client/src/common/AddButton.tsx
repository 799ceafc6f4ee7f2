import { Button } from '@codegouvfr/react-dsfr/Button';
import type { FrIconClassName } from '@codegouvfr/react-dsfr';

/** The secondary button beside a list to pick from: adds the chosen entry, off until one is chosen. */
export function AddButton({
  label,
  iconId,
  disabled,
  onAdd,
}: {
  label: string;
  iconId: FrIconClassName;
  disabled: boolean;
  onAdd(): void;
}) {
  return (
    <Button type="button" priority="secondary" iconId={iconId} disabled={disabled} onClick={onAdd}>
      {label}
    </Button>
  );
}

/** The small button that takes one entry out of a list, its title naming the entry. */
export function RemoveButton({ label, onRemove }: { label: string; onRemove(): void }) {
  return (
    <Button
      type="button"
      priority="tertiary"
      size="small"
      iconId="fr-icon-delete-line"
      title={`Retirer ${label}`}
      onClick={onRemove}
    >
      Retirer
    </Button>
  );
}
