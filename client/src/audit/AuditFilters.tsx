import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { SOURCE_LABELS } from './audit-labels';
import { AUDIT_SOURCES, type AuditSource } from './audit-merge';
import { isAgentId } from './AgentName';

/** What the log is narrowed to; the services filter by author and by agent concerned. */
export interface AuditCriteria {
  source: AuditSource | 'all';
  actorId: string;
  subjectAgentId: string;
}

export function criteriaOf(params: URLSearchParams): AuditCriteria {
  const source = params.get('service');
  return {
    source: AUDIT_SOURCES.includes(source as AuditSource) ? (source as AuditSource) : 'all',
    actorId: params.get('auteur') ?? '',
    subjectAgentId: params.get('agent') ?? '',
  };
}

export function paramsOf(criteria: AuditCriteria): URLSearchParams {
  const params = new URLSearchParams();
  if (criteria.source !== 'all') params.set('service', criteria.source);
  if (criteria.actorId) params.set('auteur', criteria.actorId);
  if (criteria.subjectAgentId) params.set('agent', criteria.subjectAgentId);
  return params;
}

const SUBJECT_INVALID =
  'Identifiant d’agent invalide : un UUID est attendu, par exemple 3f2b8c1e-5d4a-4b6f-9a7e-2c1d0e9f8a7b.';

/** The filters: applied on « Filtrer », so that typing does not reload the log at each key. */
export function AuditFilters({
  applied,
  onApply,
  subjectError,
}: {
  applied: AuditCriteria;
  onApply: (criteria: AuditCriteria) => void;
  /** The service's own refusal of the agent's identifier, if it gave one. */
  subjectError?: string;
}) {
  const [draft, setDraft] = useState(applied);
  const [tried, setTried] = useState(false);
  const subjectInvalid = draft.subjectAgentId.trim() !== '' && !isAgentId(draft.subjectAgentId.trim());
  const subjectMessage =
    (tried || draft.subjectAgentId.trim().length >= 36) && subjectInvalid ? SUBJECT_INVALID : subjectError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (subjectInvalid) {
      document.getElementById('audit-subject')?.focus();
      return;
    }
    onApply({ ...draft, actorId: draft.actorId.trim(), subjectAgentId: draft.subjectAgentId.trim() });
  };
  const reset = () => {
    const cleared: AuditCriteria = { source: 'all', actorId: '', subjectAgentId: '' };
    setDraft(cleared);
    setTried(false);
    onApply(cleared);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="audit-filters-title" className="audit-filters">
      <h2 id="audit-filters-title" className={fr.cx('fr-h5')}>
        Filtrer le journal
      </h2>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Select
            label="Service"
            hint="Chaque service tient son propre journal."
            nativeSelectProps={{
              value: draft.source,
              onChange: (event) =>
                setDraft((d) => ({ ...d, source: event.target.value as AuditCriteria['source'] })),
            }}
          >
            <option value="all">Tous les services</option>
            {AUDIT_SOURCES.map((source) => (
              <option key={source} value={source}>
                {SOURCE_LABELS[source]}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Input
            label="Auteur"
            hintText="Identifiant de l’agent, du client d’API ou du traitement, tel qu’affiché dans le journal."
            nativeInputProps={{
              value: draft.actorId,
              autoComplete: 'off',
              spellCheck: false,
              onChange: (event) => setDraft((d) => ({ ...d, actorId: event.target.value })),
            }}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Input
            label="Agent concerné"
            hintText="Identifiant (UUID) de l’agent dont les données sont en jeu."
            state={subjectMessage ? 'error' : 'default'}
            stateRelatedMessage={subjectMessage}
            nativeInputProps={{
              id: 'audit-subject',
              value: draft.subjectAgentId,
              autoComplete: 'off',
              spellCheck: false,
              onChange: (event) => setDraft((d) => ({ ...d, subjectAgentId: event.target.value })),
            }}
          />
        </div>
      </div>
      <ul
        className={fr.cx(
          'fr-btns-group',
          'fr-btns-group--inline-md',
          'fr-btns-group--sm',
          'fr-btns-group--icon-left',
        )}
      >
        <li>
          <Button type="submit" iconId="fr-icon-filter-line">
            Filtrer
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={reset}>
            Effacer les filtres
          </Button>
        </li>
      </ul>
    </form>
  );
}
