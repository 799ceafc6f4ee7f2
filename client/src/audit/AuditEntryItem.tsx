import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { forwardRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../common/labels';
import {
  ACTOR_KIND_LABELS,
  actionLabel,
  changedFields,
  ENTITY_LABELS,
  fieldLabel,
  SOURCE_LABELS,
} from './audit-labels';
import type { SourcedEntry } from './audit-merge';
import { AgentName } from './AgentName';
import { ChangesTable } from './ChangesTable';

function recorded(state: unknown, field: string): unknown {
  return typeof state === 'object' && state !== null ? (state as Record<string, unknown>)[field] : undefined;
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : null);

/** Who acted: an agent by name, a ministry's system, the hub itself. */
function Actor({ kind, id }: { kind: string; id: string }) {
  const kindLabel = ACTOR_KIND_LABELS[kind] ?? kind;
  if (kind === 'agent') {
    return (
      <>
        <AgentName id={id} /> — {kindLabel}
      </>
    );
  }
  return (
    <>
      <span className="audit-id">{id}</span> — {kindLabel}
    </>
  );
}

/** What the entry is about, linked to its screen when the dashboard has one. */
function Subject({ entry }: { entry: SourcedEntry }): ReactNode {
  const kind = ENTITY_LABELS[entry.entityType] ?? entry.entityType;
  if (entry.entityType === 'Mission') {
    const title = text(recorded(entry.after, 'title')) ?? text(recorded(entry.before, 'title'));
    return (
      <Link to={`/missions/${entry.entityId}`}>
        Mission {title ? `« ${title} »` : <span className="audit-id">{entry.entityId}</span>}
      </Link>
    );
  }
  if (entry.entityType === 'Application') {
    const missionId = text(recorded(entry.after, 'missionId')) ?? text(recorded(entry.before, 'missionId'));
    const status = text(recorded(entry.after, 'status'));
    return (
      <>
        Candidature <span className="audit-id">{entry.entityId}</span>
        {missionId ? (
          <>
            {' '}
            · <Link to={`/missions/${missionId}`}>voir la mission</Link>
          </>
        ) : null}
        {status === 'ACCEPTED' || status === 'COMPLETED' ? (
          <>
            {' '}
            · <Link to={`/candidatures/${entry.entityId}/convention`}>voir la convention</Link>
          </>
        ) : null}
      </>
    );
  }
  if (entry.entityType === 'Agent') return <AgentName id={entry.entityId} />;
  return (
    <>
      {kind} <span className="audit-id">{entry.entityId}</span>
    </>
  );
}

/**
 * One entry of the log: when, who, what, about what, and for a write the changed fields before →
 * after in a disclosure; for a read, the personal fields read.
 */
export const AuditEntryItem = forwardRef<HTMLLIElement, { entry: SourcedEntry; showSource: boolean }>(
  function AuditEntryItem({ entry, showSource }, ref) {
    const action = actionLabel(entry.action);
    const changes = changedFields(entry.before, entry.after);
    const titleId = `audit-${entry.source}-${entry.id}`;
    const changesTitle = `${entry.before == null ? 'Champs enregistrés' : 'Champs modifiés'} (${changes.length})`;
    return (
      <li ref={ref} tabIndex={-1} className="audit-entry" aria-labelledby={titleId} data-testid="audit-entry">
        <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>
          <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
          {showSource ? (
            <Badge small severity="info" noIcon className={fr.cx('fr-ml-1w')}>
              {SOURCE_LABELS[entry.source]}
            </Badge>
          ) : null}
        </p>
        <h3 id={titleId} className={fr.cx('fr-h6', 'fr-mb-1w')}>
          {action.known ? action.label : <code>{action.label}</code>}
        </h3>
        <dl className="audit-facts">
          <div>
            <dt>Auteur</dt>
            <dd>
              <Actor kind={entry.actorKind} id={entry.actorId} />
            </dd>
          </div>
          <div>
            <dt>Objet</dt>
            <dd>
              <Subject entry={entry} />
            </dd>
          </div>
          {entry.subjectAgentId &&
          !(entry.entityType === 'Agent' && entry.entityId === entry.subjectAgentId) ? (
            <div>
              <dt>Agent concerné</dt>
              <dd>
                <AgentName id={entry.subjectAgentId} />
              </dd>
            </div>
          ) : null}
          {entry.fields.length > 0 ? (
            <div>
              <dt>Champs consultés</dt>
              <dd>{entry.fields.map(fieldLabel).join(', ')}</dd>
            </div>
          ) : null}
        </dl>
        {changes.length > 0 ? (
          <Accordion titleAs="h4" label={changesTitle} className={fr.cx('fr-mt-1w')}>
            <ChangesTable
              changes={changes}
              entityType={entry.entityType}
              caption={`${changesTitle} : ${action.label}, ${formatDateTime(entry.at)}`}
            />
          </Accordion>
        ) : null}
      </li>
    );
  },
);
