import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@digdir/designsystemet-react';

import { Chart } from '../../components/charts/Chart';
import { LoadError, Loading } from '../../components/states';
import type { ReportFigureKey } from '../../gql/graphql';
import {
  CentreTimeSeriesDocument,
  NationalTimeSeriesDocument,
} from '../../graphql/report-operations';
import { texts } from '../../texts';
import { twelveMonthsTo } from './period';
import { chartValue, monthLabel } from './values';

const t = texts.reports;

/** One figure month by month, the twelve months up to the report's last month. */
export function TimeSeriesChart({
  scope,
  figure,
  to,
}: {
  scope: 'CENTRE' | 'NATIONAL';
  figure: ReportFigureKey;
  to: string;
}) {
  const national = scope === 'NATIONAL';
  const variables = { figure, period: twelveMonthsTo(to) };
  const centre = useQuery(CentreTimeSeriesDocument, { variables, skip: national });
  const nation = useQuery(NationalTimeSeriesDocument, { variables, skip: !national });
  const { loading, error, refetch } = national ? nation : centre;
  const series = national ? nation.data?.nationalTimeSeries : centre.data?.centreTimeSeries;
  if (loading && !series) return <Loading />;
  if (error && !series) return <LoadError error={error} retry={() => void refetch()} />;
  if (!series) return null;
  const threshold = series.suppression?.threshold;
  return (
    // Many series (every centre and the country) need the width: the table goes under the chart.
    <div className={national ? 'report-series report-series--many' : 'report-series'}>
      <Paragraph data-size="sm">{t.seriesIntro}</Paragraph>
      <Chart
        kind="line"
        title={t.seriesTitle(series.label)}
        categoryLabel={t.monthCategory}
        categories={series.months.map(monthLabel)}
        series={series.rows.map((row) => ({
          label: national ? row.centreName : series.label,
          values: row.points.map((p) => chartValue(p, threshold)),
        }))}
      />
    </div>
  );
}
