import { useEffect, type ReactNode } from 'react';

export const SERVICE_NAME = 'Talents numériques';

/** Sets the document title of a screen (RGAA 8.6) and gives it its only h1. */
export function Page({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} — ${SERVICE_NAME}`;
  }, [title]);
  return (
    <div className="fr-container fr-my-6w">
      <h1>{title}</h1>
      {lead ? <p className="fr-text--lead">{lead}</p> : null}
      {children}
    </div>
  );
}
