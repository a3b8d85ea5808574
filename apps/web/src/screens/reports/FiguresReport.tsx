import { useQuery } from '@apollo/client/react';
import { Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';

import { Chart } from '../../components/charts/Chart';
import { LoadError, Loading, PageHeading } from '../../components/states';
import type { ReportFieldsFragment, ReportFigureKey } from '../../gql/graphql';
import { CentreReportDocument, NationalReportDocument } from '../../graphql/report-operations';
import { texts } from '../../texts';
import { lastFinishedQuarter, type PeriodChoice, periodOf } from './period';
import { PeriodPicker } from './PeriodPicker';
import { ReportsNav } from './ReportsNav';
import { TimeSeriesChart } from './TimeSeriesChart';
import { cellText, chartValue } from './values';

const t = texts.reports;

/**
 * A period's figures: a centre's own (exact, the running month included) or, for the national
 * office, every centre and the country, with protected cells saying why.
 */
export function FiguresReport({ scope }: { scope: 'CENTRE' | 'NATIONAL' }) {
  const national = scope === 'NATIONAL';
  const [choice, setChoice] = useState<PeriodChoice>(lastFinishedQuarter);
  const [figureKey, setFigureKey] = useState<ReportFigureKey>('INQUIRIES_RECEIVED');
  const period = periodOf(choice);
  const centre = useQuery(CentreReportDocument, { variables: { period }, skip: national });
  const nation = useQuery(NationalReportDocument, { variables: { period }, skip: !national });
  const { loading, error, refetch } = national ? nation : centre;
  const report = national ? nation.data?.nationalReport : centre.data?.centreReport;
  const title = national ? t.nationalTitle : t.figuresTitle;
  const figure = report?.figures.find((f) => f.key === figureKey) ?? report?.figures[0];
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <ReportsNav base={national ? '/nasjonalt' : '/rapporter'} />
      <Paragraph>{national ? t.nationalIntro : t.figuresIntro}</Paragraph>
      <PeriodPicker value={choice} onChange={setChoice} idPrefix="report-period" />
      {loading && !report && <Loading />}
      {error && <LoadError error={error} retry={() => void refetch()} />}
      {report && (
        <>
          <Paragraph role="status" className="report-period">
            <strong>{t.periodShown(report.period.label)}</strong>
            {report.period.note && <> {report.period.note}</>}
          </Paragraph>
          <FiguresTable report={report} />
          <Field className="chart-figure">
            <Label htmlFor="chart-figure">{t.chartFigure}</Label>
            <Select
              id="chart-figure"
              value={figure?.key ?? ''}
              onChange={(e) => setFigureKey(e.target.value as ReportFigureKey)}
            >
              {report.figures.map((f) => (
                <Select.Option key={f.key} value={f.key}>
                  {f.label}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {national && figure && (
            <Chart
              kind="bar"
              title={t.byCentre(figure.label)}
              categoryLabel={t.centre}
              categories={figure.rows.map((r) => r.centreName)}
              series={[
                {
                  label: figure.label,
                  values: figure.rows.map((r) =>
                    chartValue(r, report.suppression?.threshold, figure.published),
                  ),
                },
              ]}
            />
          )}
          {figure && <TimeSeriesChart scope={scope} figure={figure.key} to={report.period.to} />}
        </>
      )}
    </>
  );
}

function FiguresTable({ report }: { report: ReportFieldsFragment }) {
  const national = report.scope === 'NATIONAL';
  const threshold = report.suppression?.threshold;
  const columns = report.figures[0]?.rows.map((r) => r.centreName) ?? [];
  const unpublished = report.figures.some((f) => !f.published);
  return (
    <section aria-labelledby="figures-heading" className="report-figures">
      <Heading level={2} data-size="sm" id="figures-heading">
        {t.allFigures}
      </Heading>
      <div className="wide-table" tabIndex={0} role="region" aria-label={t.allFigures}>
        <table className="responsive-table report-table">
          <caption className="visually-hidden">
            {t.allFigures}, {report.period.label}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.figure}</th>
              {national ? (
                columns.map((c) => (
                  <th scope="col" key={c}>
                    {c}
                  </th>
                ))
              ) : (
                <>
                  <th scope="col">{t.value}</th>
                  <th scope="col">{t.about}</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {report.figures.map((f) => (
              <tr key={f.key}>
                <th scope="row" data-label={t.figure}>
                  {f.label}
                </th>
                {national ? (
                  f.rows.map((r) => (
                    <td
                      key={r.centreId ?? 'country'}
                      data-label={r.centreName}
                      className={r.suppressed || !f.published ? 'protected' : undefined}
                    >
                      {cellText(r, f.unit, threshold, f.published)}
                    </td>
                  ))
                ) : (
                  <>
                    <td data-label={t.value}>
                      {f.rows[0] ? cellText(f.rows[0], f.unit, threshold, f.published) : '–'}
                    </td>
                    <td data-label={t.about}>{f.description}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.suppression && (
        <Paragraph data-size="sm" className="report-footnote">
          {t.protectedRule(report.suppression.rule, report.suppression.hiddenNumbers)}
        </Paragraph>
      )}
      {unpublished && (
        <Paragraph data-size="sm" className="report-footnote">
          {t.notPublishedNote}
        </Paragraph>
      )}
    </section>
  );
}
