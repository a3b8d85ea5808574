import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import {
  NationalReportDocument,
  NationalTimeSeriesDocument,
} from '../../graphql/report-operations';
import { renderScreen } from '../../test-utils';
import { FiguresReport } from './FiguresReport';
import { lastFinishedQuarter, periodOf, twelveMonthsTo } from './period';

const period = periodOf(lastFinishedQuarter());
const row = (
  centreId: string | null,
  centreName: string,
  value: number | null,
  suppressed = false,
) => ({
  __typename: 'ReportRow',
  centreId,
  centreName,
  value,
  suppressed,
});
const suppression = {
  __typename: 'ReportSuppression',
  threshold: 5,
  maxNoise: 10,
  hiddenNumbers: 1,
  rule: 'Tall fra 1 til 4 vises ikke.',
};

const REPORT = {
  nationalReport: {
    __typename: 'Report',
    scope: 'NATIONAL',
    period: {
      __typename: 'ReportPeriod',
      ...period,
      label: '3. kvartal 2026',
      months: 3,
      note: null,
    },
    suppression,
    figures: [
      {
        __typename: 'ReportFigure',
        key: 'INQUIRIES_RECEIVED',
        label: 'Henvendelser mottatt',
        description: 'Henvendelser som kom inn.',
        unit: 'INQUIRIES',
        countsPeople: true,
        published: true,
        rows: [
          row('b', 'LINK Bergen', 12),
          row('o', 'LINK Oslo', null, true),
          row(null, 'Hele landet', 15),
        ],
      },
      {
        __typename: 'ReportFigure',
        key: 'GROUPS_STARTED',
        label: 'Grupper startet',
        description: 'Grupper med oppstart i perioden.',
        unit: 'GROUPS',
        countsPeople: false,
        published: true,
        rows: [row('b', 'LINK Bergen', 2), row('o', 'LINK Oslo', 0), row(null, 'Hele landet', 2)],
      },
    ],
  },
};

const SERIES = {
  nationalTimeSeries: {
    __typename: 'ReportTimeSeries',
    figure: 'INQUIRIES_RECEIVED',
    label: 'Henvendelser mottatt',
    unit: 'INQUIRIES',
    months: ['2026-09'],
    suppression: { __typename: 'ReportSuppression', threshold: 5, rule: suppression.rule },
    rows: [
      {
        __typename: 'ReportSeriesRow',
        centreId: null,
        centreName: 'Hele landet',
        points: [{ __typename: 'ReportValue', value: null, suppressed: true }],
      },
    ],
  },
};

describe('the national report', () => {
  it('shows every centre and the country, a protected cell with why, and the rule', async () => {
    renderScreen(<FiguresReport scope="NATIONAL" />, {
      mocks: [
        {
          request: { query: NationalReportDocument, variables: { period } },
          result: { data: REPORT },
        },
        {
          request: {
            query: NationalTimeSeriesDocument,
            variables: { figure: 'INQUIRIES_RECEIVED', period: twelveMonthsTo(period.to) },
          },
          result: { data: SERIES },
        },
      ],
    });
    const table = await screen.findByRole('table', { name: /^Alle tall/ });
    expect(within(table).getByRole('columnheader', { name: 'Hele landet' })).toBeTruthy();
    const inquiries = within(table).getByRole('row', { name: /^Henvendelser mottatt/ });
    expect(within(inquiries).getByRole('cell', { name: 'Skjermet (under 5)' })).toBeTruthy();
    expect(within(inquiries).getByRole('cell', { name: '12' })).toBeTruthy();
    expect(screen.getByText('Tall fra 1 til 4 vises ikke. Ett tall er skjermet.')).toBeTruthy();
    // The chart's table says the same of the protected month.
    const series = await screen.findByRole('figure', { name: 'Henvendelser mottatt per måned' });
    expect(within(series).getByRole('cell', { name: 'Skjermet (under 5)' })).toBeTruthy();
  });
});
