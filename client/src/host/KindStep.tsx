import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { MISSION_KIND_LABELS } from '../common/labels';
import type { MissionKind } from '../gql/graphql';
import { idOf, type FieldKit } from './field-kit';
import { pristine } from './mission-draft';
import { MISSION_TEMPLATES } from './templates';

const KINDS = Object.keys(MISSION_KIND_LABELS) as MissionKind[];

/** Step 1: the kind of mission, whose template fills a content still empty (or a template's). */
export function KindStep({
  kit: { draft, messageOf, stateOf },
  templateNote,
  onChoose,
  onReapply,
}: {
  kit: FieldKit;
  /** The kind whose template was just applied, to say so. */
  templateNote: MissionKind | null;
  onChoose(kind: MissionKind): void;
  onReapply(): void;
}) {
  return (
    <>
      <RadioButtons
        legend="Quelle est la nature de la mission ?"
        hintText="Chaque nature propose un modèle : un titre, un plan de description, un effort et des compétences habituels, que vous adapterez ensuite."
        name="kind"
        id={`${idOf('kind')}-group`}
        state={stateOf('kind')}
        stateRelatedMessage={messageOf('kind')}
        options={KINDS.map((kind) => ({
          label: MISSION_KIND_LABELS[kind],
          hintText: MISSION_TEMPLATES[kind].summary,
          nativeInputProps: {
            value: kind,
            checked: draft.kind === kind,
            onChange: () => onChoose(kind),
          },
        }))}
      />
      <div role="status" aria-live="polite">
        {templateNote && draft.kind === templateNote ? (
          <Alert
            severity="info"
            small
            className={fr.cx('fr-mb-3w')}
            description={`Le modèle « ${MISSION_KIND_LABELS[templateNote]} » a prérempli le titre, la description, l’effort (${MISSION_TEMPLATES[templateNote].effortHours} h), les dates et les compétences suggérées : vous les adapterez aux étapes suivantes.`}
          />
        ) : null}
      </div>
      {draft.kind && !pristine(draft) ? (
        <Button
          type="button"
          priority="tertiary"
          iconId="fr-icon-file-text-line"
          className={fr.cx('fr-mb-3w')}
          onClick={onReapply}
        >
          Remplacer le contenu par le modèle « {MISSION_KIND_LABELS[draft.kind]} »
        </Button>
      ) : null}
    </>
  );
}
