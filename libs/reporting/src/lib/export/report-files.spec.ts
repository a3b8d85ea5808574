import ExcelJS from 'exceljs';

import { type ReportTable, toCsv, toXlsx } from './report-files';

const FORMULA = '=HYPERLINK("https://example.invalid","Klikk")';

const table: ReportTable = {
  title: 'Rapport til SPV – åpne grupper',
  about: '+ en forklaring',
  periodLabel: '2025',
  footnote: null,
  columns: [FORMULA, '@SUM(A1)', 'LINK Oslo'],
  lines: [
    {
      label: '-Møter',
      values: [
        { value: 4, suppressed: false },
        { value: -1, suppressed: false },
        { value: null, suppressed: true },
      ],
    },
  ],
};

describe('report files', () => {
  it('write text that starts like a formula with an apostrophe in CSV, and leave numbers alone', () => {
    const rows = toCsv(table)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .map((line) => line.split(';').map((cell) => cell.replace(/^"|"$/g, '').replace(/""/g, '"')));
    expect(rows[2]).toEqual(["'+ en forklaring"]);
    expect(rows[4]).toEqual(['Tall', `'${FORMULA}`, "'@SUM(A1)", 'LINK Oslo']);
    expect(rows[5]).toEqual(["'-Møter", '4', '-1', ':']);
  });

  it('write every text cell of a workbook as a string, never a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = await toXlsx(table);
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const cells: ExcelJS.Cell[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const header = cells.filter((cell) => cell.row === '5' || Number(cell.row) === 5);
    expect(header.map((cell) => cell.type)).toEqual(Array(4).fill(ExcelJS.ValueType.String));
    expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula)).toEqual([]);
    expect(cells.find((cell) => cell.value === 4)?.type).toBe(ExcelJS.ValueType.Number);
  });
});
