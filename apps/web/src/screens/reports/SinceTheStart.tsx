import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@digdir/designsystemet-react';

import { Chart } from '../../components/charts/Chart';
import { LoadError, Loading, PageHeading } from '../../components/states';
import { SinceTheStartDocument } from '../../graphql/report-operations';
import { formatDate, texts } from '../../texts';
import { ReportsNav } from './ReportsNav';
import { chartValue, monthLabel } from './values';

const t = texts.reports;

/** The figures the centres put on their web pages: groups and people since they started. */
export function SinceTheStart({ scope }: { scope: 'CENTRE' | 'NATIONAL' }) {
  const national = scope === 'NATIONAL';
  const { data, loading, error, refetch } = useQuery(SinceTheStartDocument);
  const since = data?.sinceTheStart;
  const threshold = since?.suppression?.threshold;
  return (
    <>
      <PageHeading title={t.sinceTitle}>{t.sinceTitle}</PageHeading>
      <ReportsNav base={national ? '/nasjonalt' : '/rapporter'} />
      <Paragraph>{national ? t.sinceIntroNational : t.sinceIntro}</Paragraph>
      {loading && !since && <Loading />}
      {error && !since && <LoadError error={error} retry={() => void refetch()} />}
      {since && (
        <>
          <Paragraph>{t.until(formatDate(since.until))}</Paragraph>
          <Chart
            kind="bar"
            title={t.sinceChart}
            categoryLabel={t.centre}
            categories={since.rows.map((r) => r.centreName)}
            series={[
              {
                label: t.groupsStarted,
                values: since.rows.map((r) => chartValue(r.groupsStarted, threshold)),
              },
              {
                label: t.peopleInGroups,
                values: since.rows.map((r) => chartValue(r.peopleInGroups, threshold)),
              },
            ]}
            footnote={
              <>
                {t.since}:{' '}
                {since.rows
                  .map((r) => `${r.centreName} ${r.since ? monthLabel(r.since) : t.noActivity}`)
                  .join(', ')}
                .{since.suppression && <> {since.suppression.rule}</>}
              </>
            }
          />
        </>
      )}
    </>
  );
}
