import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/** A funder report as a table: one line per figure, one column per centre (and the country). */
export interface ReportTable {
  title: string;
  about: string;
  periodLabel: string;
  /** The footnote that explains hidden numbers; null when nothing can be hidden. */
  footnote: string | null;
  columns: string[];
  lines: { label: string; values: { value: number | null; suppressed: boolean }[] }[];
}

/** SSB's symbol for "not shown for confidentiality". */
export const HIDDEN_SYMBOL = ':';
const NOT_AVAILABLE = '–';

function display(cell: { value: number | null; suppressed: boolean }): string | number {
  if (cell.suppressed) return HIDDEN_SYMBOL;
  return cell.value ?? NOT_AVAILABLE;
}

/**
 * Semicolon-separated with a byte-order mark: what Excel with Norwegian settings opens as
 * columns, with æ, ø and å intact. A text cell that starts with =, +, -, @ (or a tab or carriage
 * return) gets a leading apostrophe, so a spreadsheet shows it instead of running it as a formula
 * (a centre named `=HYPERLINK(...)`, say); numbers, negative ones too, stay numbers.
 */
export function toCsv(table: ReportTable): Buffer {
  const rows: (string | number)[][] = [
    [table.title],
    [`Periode: ${table.periodLabel}`],
    [table.about],
    [],
    ['Tall', ...table.columns],
    ...table.lines.map((line) => [line.label, ...line.values.map(display)]),
  ];
  if (table.footnote) rows.push([], [`${HIDDEN_SYMBOL} ${table.footnote}`]);
  return Buffer.from(
    `\uFEFF${stringify(rows, { delimiter: ';', record_delimiter: '\r\n', escape_formulas: true })}`,
  );
}

/**
 * The same table as a workbook, numbers as numbers. Every other cell is written as a string
 * value (exceljs makes a formula only from `{ formula }`), so text that looks like a formula is
 * shown, never run.
 */
export async function toXlsx(table: ReportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'LINK-plattformen';
  const sheet = workbook.addWorksheet('Rapport');
  sheet.addRow([table.title]).font = { bold: true, size: 14 };
  sheet.addRow([`Periode: ${table.periodLabel}`]);
  sheet.addRow([table.about]);
  sheet.addRow([]);
  const header = sheet.addRow(['Tall', ...table.columns]);
  header.font = { bold: true };
  for (const line of table.lines) sheet.addRow([line.label, ...line.values.map(display)]);
  if (table.footnote) {
    sheet.addRow([]);
    sheet.addRow([`${HIDDEN_SYMBOL} ${table.footnote}`]).font = { italic: true };
  }
  sheet.getColumn(1).width = 60;
  table.columns.forEach((_, index) => (sheet.getColumn(index + 2).width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
