import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';

export interface BarSeries {
  /** The figure of each row that this series draws. */
  key: string;
  /** Its name in the legend. */
  label: string;
}

export interface BarRow {
  /** The category, as the chart's axis shows it (short: the table beside has the full name). */
  label: string;
  [figure: string]: string | number | null;
}

/** Longer category names are cut at a word (the table beside has them whole). */
const MAX_LABEL = 36;

export function shortLabel(label: string): string {
  if (label.length <= MAX_LABEL) return label;
  const cut = label.slice(0, MAX_LABEL);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_LABEL / 2)).replace(/[ ,;:]+$/, '')}…`;
}

/** Height of one bar and the gap between categories, in pixels. */
const BAR = 18;
const GAP = 14;

/**
 * Horizontal bars, one group per category and one bar per series, each labelled with its figure.
 * Hidden from assistive technologies, with no focusable part: the table beside it carries the same
 * figures (RGAA 1.3, 1.4). The colours come from the stylesheet (`numbers.css`, DSFR tokens), so they
 * follow the light and dark themes.
 */
export function BarsChart({
  rows,
  series,
  format,
  axisWidth = 170,
}: {
  rows: readonly BarRow[];
  series: readonly BarSeries[];
  format(value: number): string;
  axisWidth?: number;
}) {
  const height = rows.length * (series.length * BAR + GAP) + (series.length > 1 ? 70 : 40);
  const label = (value: unknown) => (typeof value === 'number' ? format(value) : '');
  return (
    <div className="numbers-chart" aria-hidden="true">
      <BarChart
        data={rows.map((row) => ({ ...row, label: shortLabel(row.label) }))}
        layout="vertical"
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 4, right: 72, bottom: 4, left: 4 }}
        barGap={2}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} className="numbers-chart__grid" />
        <XAxis type="number" tickFormatter={label} allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={axisWidth} interval={0} />
        {/* In the series' order, as the colours are given (the default sorts by name). */}
        {series.length > 1 ? <Legend verticalAlign="top" itemSorter={null} /> : null}
        {series.map((entry, index) => (
          <Bar
            key={entry.key}
            dataKey={entry.key}
            name={entry.label}
            className={`numbers-chart__series-${index + 1}`}
            barSize={BAR}
            isAnimationActive={false}
          >
            <LabelList dataKey={entry.key} position="right" formatter={label} />
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}
