import type { DraftField, MissionDraft } from './mission-draft';

/** What every step of the mission form gets: the draft, how to change it, and each field's message. */
export interface FieldKit {
  draft: MissionDraft;
  /** Sets `next`, marks `fields` as edited (their messages show) and clears the server's on them. */
  change(fields: readonly DraftField[], next: Partial<MissionDraft>): void;
  messageOf(field: DraftField): string | undefined;
  stateOf(field: DraftField): 'error' | 'default';
}

/** The element id of a field, to focus it and tie its message to it. */
export const idOf = (field: DraftField) => `mission-${field}`;
