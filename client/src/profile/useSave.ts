import { useState } from 'react';
import { reportOf, type ErrorReport } from '../common/errors';

const NO_ERRORS: ErrorReport = { fields: {}, general: [] };

/** One form's save: its errors (by field and general) and whether the last save succeeded. */
export function useSave() {
  const [report, setReport] = useState<ErrorReport>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);
  return {
    report,
    saved,
    saving,
    /** Clears the success message once the person edits again. */
    edited: () => setSaved(false),
    async run(save: () => Promise<unknown>): Promise<void> {
      setSaving(true);
      setSaved(false);
      setReport(NO_ERRORS);
      try {
        await save();
        setSaved(true);
      } catch (error) {
        setReport(reportOf(error));
      } finally {
        setSaving(false);
      }
    },
  };
}

export type Save = ReturnType<typeof useSave>;
