import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
} from '@digdir/designsystemet-react';
import { useState } from 'react';

import { LoadError, Loading, PageHeading } from '../../components/states';
import type { FunderProgramme, ReportFileFormat } from '../../gql/graphql';
import { messageOf } from '../../graphql/errors';
import {
  CentresDocument,
  FunderReportDocument,
  FunderReportFileDocument,
} from '../../graphql/report-operations';
import { texts } from '../../texts';
import { lastFinishedQuarter, type Period, type PeriodChoice, periodOf } from './period';
import { PeriodPicker } from './PeriodPicker';
import { ReportsNav } from './ReportsNav';
import { cellText } from './values';

const t = texts.reports;
const PROGRAMMES = Object.keys(t.programmes) as FunderProgramme[];

/** What a funding programme asks for, protected, with the file to send them. */
export function FunderReports({ scope }: { scope: 'CENTRE' | 'NATIONAL' }) {
  const national = scope === 'NATIONAL';
  const [choice, setChoice] = useState<PeriodChoice>(lastFinishedQuarter);
  const [programme, setProgramme] = useState<FunderProgramme>('SPV');
  const [centreId, setCentreId] = useState('');
  const period = periodOf(choice);
  const centres = useQuery(CentresDocument, { skip: !national });
  const { data, loading, error, refetch } = useQuery(FunderReportDocument, {
    variables: { programme, period, centreId: centreId || undefined },
  });
  const report = data?.funderReport;
  return (
    <>
      <PageHeading title={t.funderTitle}>{t.funderTitle}</PageHeading>
      <ReportsNav base={national ? '/nasjonalt' : '/rapporter'} />
      <Paragraph>{t.funderIntro}</Paragraph>
      <div className="filters__row">
        <Field>
          <Label htmlFor="funder-programme">{t.programme}</Label>
          <Select
            id="funder-programme"
            value={programme}
            onChange={(e) => setProgramme(e.target.value as FunderProgramme)}
          >
            {PROGRAMMES.map((p) => (
              <Select.Option key={p} value={p}>
                {t.programmes[p]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {national && (
          <Field>
            <Label htmlFor="funder-centre">{t.funderCentre}</Label>
            <Select
              id="funder-centre"
              value={centreId}
              onChange={(e) => setCentreId(e.target.value)}
            >
              <Select.Option value="">{t.allCentres}</Select.Option>
              {(centres.data?.centres ?? []).map((c) => (
                <Select.Option key={c.id} value={c.id}>
                  {c.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <PeriodPicker value={choice} onChange={setChoice} idPrefix="funder-period" />
      {loading && !report && <Loading />}
      {error && <LoadError error={error} retry={() => void refetch()} />}
      {report && (
        <section aria-labelledby="funder-heading">
          <Heading level={2} data-size="sm" id="funder-heading">
            {report.title}
          </Heading>
          <Paragraph role="status" className="report-period">
            <strong>{t.periodShown(report.period.label)}</strong>
            {report.period.note && <> {report.period.note}</>}
          </Paragraph>
          <Paragraph data-size="sm">{report.about}</Paragraph>
          <Download programme={programme} period={period} centreId={centreId || undefined} />
          <div className="wide-table" tabIndex={0} role="region" aria-label={report.title}>
            <table className="responsive-table report-table">
              <caption className="visually-hidden">{report.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.figure}</th>
                  {report.columns.map((c) => (
                    <th scope="col" key={c}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.lines.map((line) => (
                  <tr key={line.figure}>
                    <th scope="row" data-label={t.figure}>
                      {line.label}
                    </th>
                    {line.values.map((v, i) => (
                      <td
                        key={report.columns[i]}
                        data-label={report.columns[i]}
                        className={v.suppressed ? 'protected' : undefined}
                      >
                        {cellText(v, 'PEOPLE', report.suppression.threshold)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Paragraph data-size="sm" className="report-footnote">
            {t.protectedRule(report.suppression.rule, report.suppression.hiddenNumbers)}
          </Paragraph>
        </section>
      )}
    </>
  );
}

function Download(props: { programme: FunderProgramme; period: Period; centreId?: string }) {
  const client = useApolloClient();
  const [busy, setBusy] = useState<ReportFileFormat | null>(null);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  async function download(format: ReportFileFormat) {
    setBusy(format);
    setResult(null);
    try {
      // Not cached: a file is fetched when asked for and handed to the browser at once.
      const { data } = await client.query({
        query: FunderReportFileDocument,
        variables: { ...props, format },
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new Error('no file');
      const file = data.funderReportFile;
      const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.filename;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setResult({ ok: true, message: t.downloaded(file.filename) });
    } catch (error) {
      setResult({ ok: false, message: messageOf(error) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="report-downloads">
      <div className="actions">
        {(['XLSX', 'CSV'] as const).map((format) => (
          <Button
            key={format}
            variant="secondary"
            disabled={busy !== null}
            onClick={() => void download(format)}
          >
            {busy === format ? t.downloading : t.download(format)}
          </Button>
        ))}
      </div>
      {result &&
        (result.ok ? (
          <Paragraph role="status" data-size="sm">
            {result.message}
          </Paragraph>
        ) : (
          <Alert data-color="danger" role="alert">
            <Paragraph>{result.message}</Paragraph>
          </Alert>
        ))}
    </div>
  );
}
