import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { ReactNode } from 'react';
import { DOMAIN_LABELS, MISSION_KIND_LABELS, SKILL_LEVEL_LABELS } from '../common/labels';
import { ScheduleFacts } from '../common/MissionContent';
import type { MissionDraft } from './mission-draft';

/** The last step: the mission as it will be read, each part with a way back to its step. */
export function MissionReview({
  draft,
  skillLabel,
  administrationLabel,
  contactLabel,
  onEdit,
}: {
  draft: MissionDraft;
  skillLabel(id: string): string;
  administrationLabel(id: string): string;
  contactLabel(id: string): string;
  onEdit(step: number): void;
}) {
  const section = (title: string, step: number, children: ReactNode) => (
    <section className="profile-section" aria-labelledby={`review-${step}`}>
      <div className="review-heading">
        <h3 id={`review-${step}`} className={fr.cx('fr-h6', 'fr-mb-1w')}>
          {title}
        </h3>
        <Button
          type="button"
          priority="tertiary no outline"
          size="small"
          iconId="fr-icon-edit-line"
          title={`Modifier : ${title}`}
          onClick={() => onEdit(step)}
        >
          Modifier
        </Button>
      </div>
      {children}
    </section>
  );
  return (
    <div data-testid="mission-review">
      <p>Relisez la mission telle que les agents la liront, puis enregistrez-la ou soumettez-la.</p>
      {section(
        'Nature',
        0,
        <p className={fr.cx('fr-mb-0')}>
          {draft.kind ? MISSION_KIND_LABELS[draft.kind] : '—'} ({DOMAIN_LABELS[draft.domain].toLowerCase()})
        </p>,
      )}
      {section(
        'Le besoin et le calendrier',
        1,
        <>
          <p className={fr.cx('fr-text--bold')}>{draft.title.trim()}</p>
          <p style={{ whiteSpace: 'pre-line' }}>{draft.description.trim()}</p>
          <dl className="mission-facts">
            <ScheduleFacts mission={{ ...draft, location: draft.location.trim() }} />
            {draft.crisis ? (
              <>
                <dt>Crise</dt>
                <dd>Mission liée à une situation de crise</dd>
              </>
            ) : null}
          </dl>
        </>,
      )}
      {section(
        'Compétences, places et contact',
        2,
        <dl className="mission-facts">
          <dt>Compétences</dt>
          <dd>
            <ul>
              {draft.skills.map((required) => (
                <li key={required.skillId}>
                  {skillLabel(required.skillId)} — {SKILL_LEVEL_LABELS[required.minLevel].toLowerCase()} au
                  moins
                  {required.essential ? ' (indispensable)' : ' (appréciée)'}
                </li>
              ))}
            </ul>
          </dd>
          <dt>Places</dt>
          <dd>{draft.seats}</dd>
          <dt>Administration d’accueil</dt>
          <dd>{administrationLabel(draft.hostAdministrationId)}</dd>
          <dt>Contact</dt>
          <dd>{draft.contactAgentId ? contactLabel(draft.contactAgentId) : '—'}</dd>
          <dt>Ouverte à</dt>
          <dd>
            {draft.restricted
              ? `Seulement ${draft.restrictedTo.map(administrationLabel).join(', ')}`
              : 'Toutes les administrations'}
          </dd>
        </dl>,
      )}
    </div>
  );
}
