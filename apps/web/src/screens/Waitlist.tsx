import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Card,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Select,
  Table,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';

import { Empty, LoadError, Loading, PageHeading } from '../components/states';
import type { GroupFormatPreference, TimeOfDay, Weekday } from '../gql/graphql';
import { WaitlistDocument } from '../graphql/operations';
import type { Me } from '../session/session';
import { formatDateTime, texts } from '../texts';

const t = texts.waitlist;

function daysSince(iso: string): number {
  return Math.max(0, Math.floor((Date.now() - new Date(iso).getTime()) / 86_400_000));
}

export function Waitlist({ me }: { me: Pick<Me, 'activeCentre'> }) {
  const [municipality, setMunicipality] = useState('');
  const [timeOfDay, setTimeOfDay] = useState<TimeOfDay | ''>('');
  const [weekday, setWeekday] = useState<Weekday | ''>('');
  const [format, setFormat] = useState<GroupFormatPreference | ''>('');
  const { data, loading, error, refetch } = useQuery(WaitlistDocument, {
    variables: {
      municipality: municipality || undefined,
      timeOfDay: timeOfDay || undefined,
      weekday: weekday || undefined,
      format: format || undefined,
    },
  });
  const figures = data?.waitlistFigures;
  // Set by the participant page after an erasure.
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <>
      <PageHeading title={t.title}>{t.title}</PageHeading>
      {notice && (
        <Alert data-color="success">
          <Paragraph role="status">{notice}</Paragraph>
        </Alert>
      )}
      <Paragraph>{t.intro}</Paragraph>
      {figures && (
        <Card data-color="neutral" className="figures">
          <Paragraph className="figure">{texts.today.waitingCount(figures.waiting)}</Paragraph>
          {figures.longestDays != null && (
            <Paragraph>{texts.today.longestWait(figures.longestDays)}</Paragraph>
          )}
          {figures.medianDays != null && (
            <Paragraph>{texts.today.medianWait(figures.medianDays)}</Paragraph>
          )}
        </Card>
      )}
      <Fieldset className="filters">
        <Fieldset.Legend>{t.filters}</Fieldset.Legend>
        <div className="filters__row">
          <Field>
            <Label htmlFor="filter-municipality">{t.municipality}</Label>
            <Select
              id="filter-municipality"
              value={municipality}
              onChange={(e) => setMunicipality(e.target.value)}
            >
              <Select.Option value="">{t.all}</Select.Option>
              {(me.activeCentre?.municipalities ?? []).map((m) => (
                <Select.Option key={m} value={m}>
                  {m}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor="filter-time">{t.timeOfDay}</Label>
            <Select
              id="filter-time"
              value={timeOfDay}
              onChange={(e) => setTimeOfDay(e.target.value as TimeOfDay | '')}
            >
              <Select.Option value="">{t.all}</Select.Option>
              {(Object.keys(texts.enums.timeOfDay) as TimeOfDay[]).map((v) => (
                <Select.Option key={v} value={v}>
                  {texts.enums.timeOfDay[v]}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor="filter-weekday">{t.weekday}</Label>
            <Select
              id="filter-weekday"
              value={weekday}
              onChange={(e) => setWeekday(e.target.value as Weekday | '')}
            >
              <Select.Option value="">{t.all}</Select.Option>
              {(Object.keys(texts.enums.weekday) as Weekday[]).map((v) => (
                <Select.Option key={v} value={v}>
                  {texts.enums.weekday[v]}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor="filter-format">{t.format}</Label>
            <Select
              id="filter-format"
              value={format}
              onChange={(e) => setFormat(e.target.value as GroupFormatPreference | '')}
            >
              <Select.Option value="">{t.all}</Select.Option>
              {(Object.keys(texts.enums.formatPreference) as GroupFormatPreference[]).map((v) => (
                <Select.Option key={v} value={v}>
                  {texts.enums.formatPreference[v]}
                </Select.Option>
              ))}
            </Select>
          </Field>
        </div>
      </Fieldset>
      {loading && !data && <Loading />}
      {error && !data && <LoadError error={error} retry={() => void refetch()} />}
      {data &&
        (data.waitlist.items.length === 0 ? (
          <Empty>{t.none}</Empty>
        ) : (
          <>
            <Paragraph data-size="sm" role="status">
              {t.count(data.waitlist.items.length, data.waitlist.totalCount)}
            </Paragraph>
            <Table data-size="sm" className="responsive-table">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t.name}</Table.HeaderCell>
                  <Table.HeaderCell>{t.municipality}</Table.HeaderCell>
                  <Table.HeaderCell>{t.waitingSince}</Table.HeaderCell>
                  <Table.HeaderCell>{t.waited}</Table.HeaderCell>
                  <Table.HeaderCell>{t.wishes}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.waitlist.items.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.Cell data-label={t.name}>
                      <Link to={`/deltakere/${p.id}`}>{p.displayName}</Link>
                    </Table.Cell>
                    <Table.Cell data-label={t.municipality}>{p.municipality ?? '–'}</Table.Cell>
                    <Table.Cell data-label={t.waitingSince}>
                      {p.waitingSince ? formatDateTime(p.waitingSince) : '–'}
                    </Table.Cell>
                    <Table.Cell data-label={t.waited}>
                      {p.waitingSince ? t.days(daysSince(p.waitingSince)) : '–'}
                    </Table.Cell>
                    <Table.Cell data-label={t.wishes}>
                      {[
                        ...p.preferences.weekdays.map((d) => texts.enums.weekday[d]),
                        ...p.preferences.timesOfDay.map((d) =>
                          texts.enums.timeOfDay[d].toLowerCase(),
                        ),
                        p.preferences.format
                          ? texts.enums.formatPreference[p.preferences.format].toLowerCase()
                          : null,
                        p.preferences.theme,
                      ]
                        .filter(Boolean)
                        .join(', ')
                        .replace(/^./, (c) => c.toUpperCase()) || '–'}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </>
        ))}
    </>
  );
}
