import { fr } from '@codegouvfr/react-dsfr';
import { Fragment, type ReactNode } from 'react';
import { fieldLabel, scalarText, type FieldChange } from './audit-labels';
import { AgentName, isAgentId } from './AgentName';

/** Fields whose values are agents: named rather than shown as identifiers. */
const AGENT_FIELDS = new Set([
  'agentId',
  'contactAgentId',
  'managerId',
  'approverAgentId',
  'managerAgentId',
  'deputyAgentId',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A recorded value with its structure: lists as lists, objects as « champ : valeur » lines. */
function Value({
  field,
  value,
  entityType,
}: {
  field: string;
  value: unknown;
  entityType: string;
}): ReactNode {
  if (value === undefined) return <span className="audit-absent">absent</span>;
  if (typeof value === 'string' && AGENT_FIELDS.has(field) && isAgentId(value))
    return <AgentName id={value} />;
  if (Array.isArray(value)) {
    if (value.length === 0) return 'aucun';
    return (
      <ul className="audit-values">
        {value.map((item, index) => (
          <li key={index}>
            {/* An object of a list on one line: « Compétence : … · Niveau minimal : … ». */}
            {isRecord(item) ? (
              Object.entries(item).map(([key, part], position) => (
                <Fragment key={key}>
                  {position > 0 ? ' · ' : null}
                  {fieldLabel(key)} : <Value field={key} value={part} entityType={entityType} />
                </Fragment>
              ))
            ) : (
              <Value field={field} value={item} entityType={entityType} />
            )}
          </li>
        ))}
      </ul>
    );
  }
  if (isRecord(value)) {
    return (
      <ul className="audit-values">
        {Object.entries(value).map(([key, item]) => (
          <li key={key}>
            {fieldLabel(key)} : <Value field={key} value={item} entityType={entityType} />
          </li>
        ))}
      </ul>
    );
  }
  return scalarText(field, value, entityType);
}

/**
 * Champ | Avant | Après, one row per changed field; Champ | Valeur when nothing was there before
 * (a creation), Champ | Valeur avant when nothing is after (a state removed).
 */
export function ChangesTable({
  changes,
  caption,
  entityType,
}: {
  changes: FieldChange[];
  caption: string;
  /** The type of the object changed: some codes mean different things per type. */
  entityType: string;
}) {
  const created = changes.every((change) => change.before === undefined);
  const removed = !created && changes.every((change) => change.after === undefined);
  const columns: Array<[string, (change: FieldChange) => unknown]> = created
    ? [['Valeur', (change) => change.after]]
    : removed
      ? [['Valeur avant', (change) => change.before]]
      : [
          ['Avant', (change) => change.before],
          ['Après', (change) => change.after],
        ];
  return (
    <div className={fr.cx('fr-table', 'fr-table--no-scroll', 'fr-mb-0')}>
      <table className="audit-changes">
        <caption className="fr-sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Champ</th>
            {columns.map(([title]) => (
              <th key={title} scope="col">
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{fieldLabel(change.field)}</th>
              {columns.map(([title, value]) => (
                <td key={title}>
                  <Value field={change.field} value={value(change)} entityType={entityType} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
