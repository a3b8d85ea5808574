import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { Chart } from './Chart';

describe('Chart', () => {
  it('puts every figure in a table named by the caption, a protected one with its reason', () => {
    render(
      <Chart
        kind="bar"
        title="Nye henvendelser"
        categoryLabel="Måned"
        categories={['januar', 'februar']}
        series={[
          {
            label: 'Bergen',
            values: [{ value: 1234 }, { value: null, note: 'Skjermet: under 5' }],
          },
          { label: 'Oslo', values: [{ value: 7.25 }, { value: null }] },
        ]}
      />,
    );
    expect(screen.getByRole('figure', { name: 'Nye henvendelser' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Nye henvendelser' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'MånedBergenOslo',
      'januar1\u00a02347,3',
      'februarSkjermet: under 5Ikke vist',
    ]);
  });
});
