import { stringify } from 'csv-stringify/sync';
import { Kind, parse } from 'graphql';

/** A table as French spreadsheet users open it: UTF-8 with a BOM, `;` between cells, CRLF lines. */
export function frenchCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): string {
  const cells = rows.map((row) => row.map(frenchCell));
  return `\uFEFF${stringify([[...header], ...cells], { delimiter: ';', record_delimiter: 'windows' })}`;
}

/** Decimals with a comma, as a French spreadsheet reads numbers; an absent figure is an empty cell. */
function frenchCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  return value;
}

/**
 * The French label of each value of an enum of the contract: its description in the supergraph,
 * so a CSV says « Appui à un projet » where the API says PROJECT_SUPPORT, without a second list.
 */
export function enumLabels(supergraphSdl: string, enumName: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== enumName) continue;
    for (const value of definition.values ?? []) {
      labels.set(value.name.value, value.description?.value ?? value.name.value);
    }
  }
  return labels;
}
