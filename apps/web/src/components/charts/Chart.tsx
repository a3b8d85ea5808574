import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  type ChartData,
  type ChartOptions,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { type ReactNode, useId } from 'react';
import { Bar, Line } from 'react-chartjs-2';

import { texts } from '../../texts';
import { canDrawCharts, seriesColour } from './chart-support';

// Only what the bar and line charts use, so the bundle carries no other chart types.
ChartJS.register(
  CategoryScale,
  LinearScale,
  BarElement,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
);

/** One value of a series: a number, or null with why it is not shown (protected, too few). */
export interface ChartValue {
  value: number | null;
  /** What the table shows instead of a missing value, e.g. "Skjermet: under 5". */
  note?: string;
}

export interface ChartSeries {
  label: string;
  values: ChartValue[];
}

export interface ChartProps {
  kind: 'bar' | 'line';
  /** The figure's caption: also the table's caption and the chart's accessible name. */
  title: string;
  /** What the categories are, as the table's first column heading (e.g. "Måned"). */
  categoryLabel: string;
  categories: string[];
  series: ChartSeries[];
  /** Said under the chart, e.g. how protected cells are marked. */
  footnote?: ReactNode;
}

/**
 * A chart with its figures in a table beside it. The table is the accessible version (screen
 * readers, keyboard, copying figures); the canvas is hidden from assistive technology. A value
 * that is protected or missing is a gap in the chart and its reason in the table.
 */
export function Chart({ kind, title, categoryLabel, categories, series, footnote }: ChartProps) {
  const captionId = useId();
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart__title">
        {title}
      </figcaption>
      <div className="chart__body">
        {canDrawCharts() && (
          <div className="chart__canvas" aria-hidden="true">
            <ChartCanvas kind={kind} categories={categories} series={series} />
          </div>
        )}
        <ChartTable
          title={title}
          categoryLabel={categoryLabel}
          categories={categories}
          series={series}
        />
      </div>
      {footnote && <p className="chart__footnote">{footnote}</p>}
    </figure>
  );
}

function ChartCanvas({
  kind,
  categories,
  series,
}: Pick<ChartProps, 'kind' | 'categories' | 'series'>) {
  const options: ChartOptions<'bar' | 'line'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    locale: 'nb-NO',
    plugins: { legend: { display: series.length > 1, position: 'bottom' } },
    scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
  };
  const datasets = series.map((s, i) => ({
    label: s.label,
    data: s.values.map((v) => v.value),
    backgroundColor: seriesColour(i),
    borderColor: seriesColour(i),
    spanGaps: false,
  }));
  return kind === 'bar' ? (
    <Bar
      data={{ labels: categories, datasets } as ChartData<'bar'>}
      options={options as ChartOptions<'bar'>}
    />
  ) : (
    <Line
      data={{ labels: categories, datasets } as ChartData<'line'>}
      options={options as ChartOptions<'line'>}
    />
  );
}

function ChartTable({
  title,
  categoryLabel,
  categories,
  series,
}: Pick<ChartProps, 'title' | 'categoryLabel' | 'categories' | 'series'>) {
  const format = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });
  return (
    // Focusable, so a keyboard can scroll a table wider than its column (many series).
    <div className="chart__table" tabIndex={0} role="region" aria-label={title}>
      <table className="responsive-table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryLabel}</th>
            {series.map((s) => (
              <th key={s.label} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {categories.map((category, row) => (
            <tr key={category}>
              <th scope="row" data-label={categoryLabel}>
                {category}
              </th>
              {series.map((s) => {
                const cell = s.values[row];
                return (
                  <td key={s.label} data-label={s.label}>
                    {cell?.value == null
                      ? (cell?.note ?? texts.charts.noValue)
                      : format.format(cell.value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
