/** Periods as the report screens pick them; the API widens any period to whole months. */

export type PeriodKind = 'MONTH' | 'QUARTER' | 'YEAR' | 'FREE';

export interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  /** 1–12 for a month, 1–4 for a quarter. */
  part: number;
  from: string;
  to: string;
}

export interface Period {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function monthsPeriod(year: number, firstMonth: number, months: number): Period {
  const lastMonth = firstMonth + months - 1;
  return { from: `${year}-${pad(firstMonth)}-01`, to: lastDay(year, lastMonth) };
}

export function periodOf(choice: PeriodChoice): Period {
  switch (choice.kind) {
    case 'MONTH':
      return monthsPeriod(choice.year, choice.part, 1);
    case 'QUARTER':
      return monthsPeriod(choice.year, (choice.part - 1) * 3 + 1, 3);
    case 'YEAR':
      return monthsPeriod(choice.year, 1, 12);
    case 'FREE':
      return { from: choice.from, to: choice.to };
  }
}

/**
 * The last quarter that has ended: published figures cover finished months only, and a quarter
 * is a period they are published for.
 */
export function lastFinishedQuarter(today = new Date()): PeriodChoice {
  const month = today.getMonth() + 1;
  let quarter = Math.floor((month - 1) / 3);
  let year = today.getFullYear();
  if (quarter === 0) {
    quarter = 4;
    year -= 1;
  }
  const period = monthsPeriod(year, (quarter - 1) * 3 + 1, 3);
  return { kind: 'QUARTER', year, part: quarter, ...period };
}

/** The twelve months up to and including the month `to` is in. */
export function twelveMonthsTo(to: string): Period {
  const [year, month] = to.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 12, 1));
  return {
    from: `${first.getUTCFullYear()}-${pad(first.getUTCMonth() + 1)}-01`,
    to: lastDay(year, month),
  };
}

export const DAY = /^\d{4}-\d{2}-\d{2}$/;
