// The exports as files a person opens in a spreadsheet. The JSON API carries the same rows.
import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';
import { labelOf, strainLevelLabels, yesNoLabels, type Labels, type Locale } from '../platform/labels.ts';
import { instantToStockholm } from '../platform/time.ts';
import type { ReportingExport, ValueExport } from './schema.ts';

type Cell = string | number | Date | null;

interface Column<Row> {
  label: Labels;
  value: (row: Row, locale: Locale) => Cell;
  /** Spreadsheet number format for numbers and dates. */
  format?: string;
  width?: number;
}

const yesNo = (value: boolean, locale: Locale) => yesNoLabels[`${value}`][locale];

/** The Stockholm wall-clock time as a spreadsheet date: spreadsheets keep no time zone. */
function wallClock(iso: string): Date {
  const { date, time } = instantToStockholm(new Date(iso));
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, d, hh, mm));
}

const DATE_TIME = 'yyyy-mm-dd hh:mm';
const PERCENT = '0.0%';

type ValueRow = ValueExport['rows'][number];
type ReportingRow = ReportingExport['rows'][number];

const roundColumns = <
  Row extends { round: string; period: string; organization: string; municipalityCode: string | null },
>(): Column<Row>[] => [
  { label: { sv: 'Avstämning', en: 'Round' }, value: (r) => r.round, width: 14 },
  { label: { sv: 'Period', en: 'Period' }, value: (r) => r.period, width: 14 },
  { label: { sv: 'Organisation', en: 'Organisation' }, value: (r) => r.organization, width: 32 },
  // Text, so "0114" keeps its leading zero in the spreadsheet.
  { label: { sv: 'Kommunkod', en: 'Municipality code' }, value: (r) => r.municipalityCode, width: 12 },
];

const valueColumns: Column<ValueRow>[] = [
  ...roundColumns<ValueRow>(),
  { label: { sv: 'Indikator', en: 'Indicator' }, value: (r) => r.indicator, width: 32 },
  { label: { sv: 'Värde', en: 'Value' }, value: (r) => r.value, width: 10 },
  { label: { sv: 'Kapacitet', en: 'Capacity' }, value: (r) => r.capacity, width: 10 },
  { label: { sv: 'Enhet', en: 'Unit' }, value: (r) => r.unit, width: 8 },
  { label: { sv: 'Rapporterad', en: 'Reported at' }, value: (r) => r.reportedAt, format: DATE_TIME, width: 17 },
  { label: { sv: 'Sen', en: 'Late' }, value: (r, locale) => yesNo(r.late, locale), width: 6 },
];

const reportingColumns: Column<ReportingRow>[] = [
  ...roundColumns<ReportingRow>(),
  { label: { sv: 'Status', en: 'Status' }, value: (r) => r.statusLabel, width: 12 },
  {
    label: { sv: 'Läge', en: 'Situation' },
    value: (r, locale) => (r.strainLevel ? labelOf(strainLevelLabels, r.strainLevel, locale) : null),
    width: 18,
  },
  { label: { sv: 'Förväntad', en: 'Expected' }, value: (r) => r.expected, width: 10 },
  { label: { sv: 'Rapporterad', en: 'Reported' }, value: (r) => r.reported, width: 11 },
  { label: { sv: 'I tid', en: 'On time' }, value: (r) => r.onTime, width: 8 },
];

type Rates = ReportingExport['total'];
const rateColumns = <Row extends Rates>(): Column<Row>[] => [
  { label: { sv: 'Förväntade', en: 'Expected' }, value: (r) => r.expected, width: 11 },
  { label: { sv: 'Rapporterade', en: 'Reported' }, value: (r) => r.reported, width: 12 },
  { label: { sv: 'I tid', en: 'On time' }, value: (r) => r.onTime, width: 8 },
  { label: { sv: 'Andel rapporterade', en: 'Reporting rate' }, value: (r) => r.rate, format: PERCENT, width: 18 },
  { label: { sv: 'Andel i tid', en: 'On-time rate' }, value: (r) => r.onTimeRate, format: PERCENT, width: 12 },
];

type OrganizationRates = ReportingExport['organizations'][number];
type RoundRates = ReportingExport['rounds'][number];

const organizationRateColumns: Column<OrganizationRates>[] = [
  { label: { sv: 'Organisation', en: 'Organisation' }, value: (r) => r.organization, width: 32 },
  { label: { sv: 'Kommunkod', en: 'Municipality code' }, value: (r) => r.municipalityCode, width: 12 },
  ...rateColumns<OrganizationRates>(),
];

const roundRateColumns: Column<RoundRates>[] = [
  { label: { sv: 'Avstämning', en: 'Round' }, value: (r) => r.round, width: 14 },
  { label: { sv: 'Period', en: 'Period' }, value: (r) => r.period, width: 14 },
  ...rateColumns<RoundRates>(),
];

// CSV ------------------------------------------------------------------------------------------------

/**
 * CSV as Excel with Swedish regional settings opens it by a double click: semicolons, because the
 * Swedish list separator is ";" (the comma is the decimal sign, so numbers are written "12,5"), a
 * UTF-8 byte order mark, without which Excel reads åäö as Windows-1252, and CRLF line ends. Text
 * that starts with = + - @ (or a tab or CR) gets a leading apostrophe so no spreadsheet runs it as a
 * formula; numbers, negative ones too, are left as they are. Dates are Stockholm time.
 */
function toCsv<Row>(columns: Column<Row>[], rows: Row[], locale: Locale): string {
  const header = columns.map((column) => column.label[locale]);
  const body = rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row, locale);
      if (column.format === DATE_TIME && typeof value === 'string') {
        const { date, time } = instantToStockholm(new Date(value));
        return `${date} ${time}`;
      }
      return value;
    }),
  );
  return stringify([header, ...body], {
    delimiter: ';',
    bom: true,
    record_delimiter: 'windows',
    escape_formulas: true,
    cast: { number: (value) => String(value).replace('.', ',') },
  });
}

export const valuesCsv = (data: ValueExport, locale: Locale) => toCsv(valueColumns, data.rows, locale);
export const reportingCsv = (data: ReportingExport, locale: Locale) => toCsv(reportingColumns, data.rows, locale);

// XLSX -----------------------------------------------------------------------------------------------

/**
 * One sheet: a bold, frozen header with a filter, numbers as number cells and times as date cells.
 * exceljs writes every string as a string cell, never a formula, whatever it starts with.
 */
function addSheet<Row>(workbook: ExcelJS.Workbook, name: string, columns: Column<Row>[], rows: Row[], locale: Locale) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column, index) => ({
    key: String(index),
    header: column.label[locale],
    width: column.width,
    style: column.format ? { numFmt: column.format } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      columns.map((column) => {
        const value = column.value(row, locale);
        return column.format === DATE_TIME && typeof value === 'string' ? wallClock(value) : value;
      }),
    );
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** exceljs (about 20 MB in memory) is loaded by the first spreadsheet export, not at start. */
async function newWorkbook() {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samverkan';
  return workbook;
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const sheetNames = {
  values: { sv: 'Värden', en: 'Values' },
  reporting: { sv: 'Inrapportering', en: 'Reporting' },
  byOrganization: { sv: 'Per organisation', en: 'By organisation' },
  byRound: { sv: 'Per avstämning', en: 'By round' },
} as const satisfies Record<string, Labels>;

export async function valuesXlsx(data: ValueExport, locale: Locale): Promise<Buffer> {
  const workbook = await newWorkbook();
  addSheet(workbook, sheetNames.values[locale], valueColumns, data.rows, locale);
  return toBuffer(workbook);
}

export async function reportingXlsx(data: ReportingExport, locale: Locale): Promise<Buffer> {
  const workbook = await newWorkbook();
  addSheet(workbook, sheetNames.reporting[locale], reportingColumns, data.rows, locale);
  addSheet(workbook, sheetNames.byOrganization[locale], organizationRateColumns, data.organizations, locale);
  const total = { roundId: '', round: locale === 'sv' ? 'Hela forumet' : 'Whole forum', period: '', ...data.total };
  addSheet(workbook, sheetNames.byRound[locale], roundRateColumns, [...data.rounds, total], locale);
  return toBuffer(workbook);
}
