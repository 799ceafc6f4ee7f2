import { fr } from '@codegouvfr/react-dsfr';
import type { ReactNode } from 'react';
import { UNAVAILABLE } from '../common/labels';
import { csvHref, type NumbersScope, type NumbersTable } from './scope';

/**
 * One table of the numbers: its heading, what it counts, the chart (if any) beside the data table
 * that says the same in text, and the download of that table as CSV for the same scope.
 */
export function NumbersSection({
  id,
  title,
  description,
  table,
  scope,
  chart,
  stacked = false,
  unavailable = false,
  children,
}: {
  id: string;
  title: string;
  description: ReactNode;
  table: NumbersTable;
  scope: NumbersScope;
  chart?: ReactNode;
  /** The table is too wide to stand beside its chart: the chart above, the table below. */
  stacked?: boolean;
  /** The service computing this part did not answer: the rest of the screen stays. */
  unavailable?: boolean;
  children: ReactNode;
}) {
  const body = unavailable ? (
    <p className={fr.cx('fr-text--bold')} data-testid={`${id}-unavailable`}>
      Ces chiffres sont {UNAVAILABLE} : le service qui les calcule ne répond pas.
    </p>
  ) : chart ? (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
      <div className={stacked ? fr.cx('fr-col-12') : fr.cx('fr-col-12', 'fr-col-xl-5')}>{chart}</div>
      <div className={stacked ? fr.cx('fr-col-12') : fr.cx('fr-col-12', 'fr-col-xl-7')}>{children}</div>
    </div>
  ) : (
    children
  );
  return (
    <section aria-labelledby={id} className="numbers-section" data-testid={id}>
      <h2 id={id} className={fr.cx('fr-h4')}>
        {title}
      </h2>
      <p className={fr.cx('fr-text--sm')}>{description}</p>
      {body}
      {unavailable ? null : (
        <p>
          <a
            className={fr.cx('fr-link', 'fr-icon-download-line', 'fr-link--icon-left')}
            href={csvHref(table, scope)}
            download
          >
            Télécharger (CSV)<span className={fr.cx('fr-sr-only')}> : {title.toLowerCase()}</span>
          </a>
        </p>
      )}
    </section>
  );
}

/** A DSFR table with its caption, header cells and rows; figures aligned right. */
export function DataTable({
  caption,
  columns,
  rows,
  testId,
}: {
  caption: string;
  /** The header of each column; `figure` columns are right-aligned. */
  columns: ReadonlyArray<{ label: string; figure?: boolean }>;
  /** One row per entry: the first cell is the row's header. */
  rows: ReadonlyArray<{ key: string; cells: readonly ReactNode[] }>;
  testId: string;
}) {
  const align = (index: number) => (columns[index]?.figure ? 'numbers-figure' : undefined);
  return (
    // The caption repeats the section's heading: kept for assistive technologies, hidden from sight.
    // On a narrow screen the table scrolls sideways in its container, which takes the focus so that a
    // keyboard can scroll it too.
    <div className={`${fr.cx('fr-table', 'fr-table--no-caption')} numbers-table`}>
      <div className={fr.cx('fr-table__wrapper')}>
        <div className={fr.cx('fr-table__container')} tabIndex={0} role="group" aria-label={caption}>
          <div className={fr.cx('fr-table__content')}>
            <table data-testid={testId}>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  {columns.map((column, index) => (
                    <th key={column.label} scope="col" className={align(index)}>
                      {column.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    {row.cells.map((cell, index) =>
                      index === 0 ? (
                        <th key={index} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={index} className={align(index)}>
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
