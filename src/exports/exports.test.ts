import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';

// Forum F: A (a region), B (a kommun with kommunkod 0114 and a name that looks like a formula), C
// (a kommun that leaves before the third round) and E (a kommun that joins then). Two rounds lie in
// the past, so every report there is late; the third round's deadline is ahead (on time).
const ctx = useTestApp({
  organizations: [
    { key: 'A', kind: 'region', name: 'Region Testland' },
    { key: 'B', name: '=SUMMA(1;2) kommun' },
    { key: 'C', name: '-Avgående kommun' },
    { key: 'E', name: '@Nya kommun' },
    { key: 'G', name: 'Region Annanstans', kind: 'region' },
  ],
  forums: [
    { key: 'F', owner: 'A', members: ['A', 'B', 'C'] },
    { key: 'H', owner: 'G', members: ['G'] },
  ],
  users: [
    { key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
    { key: 'reader', organization: 'G', roles: [{ forum: 'F', role: 'reader' }] },
    { key: 'otherCoordinator', organization: 'G', roles: [{ forum: 'H', role: 'coordinator' }] },
  ],
});

async function as(role: string | null, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) {
  return ctx.app.inject({
    method,
    url,
    payload: payload as object,
    headers: role ? { cookie: await ctx.cookie(role) } : {},
  });
}

const future = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
const forum = () => ctx.fixture.forum.F!;
const base = () => `/api/forums/${forum()}/exports`;
const rounds: string[] = [];
const ids = { inpatients: '', change: '' };

async function file(round: number, org: string, values: { indicatorId: string; value: number }[]) {
  const url = `/api/rounds/${rounds[round]}/reports/${ctx.fixture.org[org]}`;
  const saved = await as('coordinator', 'PUT', url, {
    revision: 0,
    currentSituation: `Läget i ${org}`,
    challenges: '',
    input: '',
    strainLevel: org === 'A' ? 'critical' : 'strained',
    values,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const submitted = await as('coordinator', 'POST', `${url}/submit`, { revision: saved.json().revision });
  expect(submitted.statusCode, submitted.body).toBe(200);
}

/** What was filed, as the export should list it: round, organisation, indicator, value. */
const filed: [number, string, 'inpatients' | 'change', number][] = [
  [0, 'A', 'inpatients', 10],
  [0, 'A', 'change', -2.5],
  [0, 'B', 'inpatients', 5],
  [0, 'C', 'inpatients', 4],
  [1, 'B', 'inpatients', 7],
  [2, 'A', 'inpatients', 20],
  [2, 'A', 'change', 12.5],
  [2, 'B', 'inpatients', 3],
];

const names: Record<string, string> = {
  A: 'Region Testland',
  B: '=SUMMA(1;2) kommun',
  C: '-Avgående kommun',
  E: '@Nya kommun',
};

function parseCsv(body: Buffer): string[][] {
  return parse(body, { bom: true, delimiter: ';', relax_column_count: false });
}

async function readWorkbook(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

function sheetRows(sheet: ExcelJS.Worksheet) {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}

describe('exports of indicator values and reporting rates', () => {
  it('sets up three rounds, a kommun leaving and one joining', async () => {
    await ctx.database.db
      .updateTable('organizations')
      .set({ municipalityCode: '0114' })
      .where('id', '=', ctx.fixture.org.B!)
      .execute();
    const inpatients = await as('coordinator', 'POST', `/api/forums/${forum()}/indicators`, {
      key: 'covid_inpatients',
      nameSv: 'Inneliggande med covid-19',
      nameEn: 'Covid-19 inpatients',
      unit: 'st',
      kind: 'integer',
      higherIs: 'worse',
    });
    const change = await as('coordinator', 'POST', `/api/forums/${forum()}/indicators`, {
      key: 'bed_change',
      nameSv: 'Förändring av vårdplatser',
      nameEn: 'Change in beds',
      unit: '%',
      kind: 'decimal',
      higherIs: 'better',
      minValue: -100,
      organizationKinds: ['region'],
    });
    expect(change.statusCode, change.body).toBe(201);
    ids.inpatients = inpatients.json().id;
    ids.change = change.json().id;
    for (const [start, end, deadline] of [
      ['2021-01-04', '2021-01-10', '2021-01-05'],
      ['2021-01-11', '2021-01-17', '2021-01-12'],
      ['2021-01-18', future, future],
    ]) {
      const created = await as('coordinator', 'POST', `/api/forums/${forum()}/rounds`, {
        periodStart: start,
        periodEnd: end,
        deadlineDate: deadline,
        deadlineTime: '12:00',
      });
      expect(created.statusCode, created.body).toBe(201);
      rounds.push(created.json().id);
    }
    const byRoundAndOrg = new Map<string, { indicatorId: string; value: number }[]>();
    for (const [round, org, indicator, value] of filed) {
      const key = `${round}:${org}`;
      byRoundAndOrg.set(key, [...(byRoundAndOrg.get(key) ?? []), { indicatorId: ids[indicator], value }]);
    }
    for (const [key, values] of byRoundAndOrg) {
      const [round, org] = key.split(':') as [string, string];
      if (Number(round) === 2) continue;
      await file(Number(round), org, values);
    }
    // C leaves and E joins while the third round is open; then A and B report on time.
    const changed = await as('coordinator', 'PATCH', `/api/forums/${forum()}`, {
      memberOrganizationIds: ['A', 'B', 'E'].map((k) => ctx.fixture.org[k]),
    });
    expect(changed.statusCode).toBe(200);
    await file(2, 'A', byRoundAndOrg.get('2:A')!);
    await file(2, 'B', byRoundAndOrg.get('2:B')!);
  });

  it('lists every filed value once in long format, gaps as no row, with late and kommunkod', async () => {
    const response = await as('coordinator', 'GET', `${base()}/values?lang=sv`);
    expect(response.statusCode, response.body).toBe(200);
    const { rows } = response.json() as { rows: Record<string, unknown>[] };
    const orgKey = (id: unknown) => Object.keys(ctx.fixture.org).find((k) => ctx.fixture.org[k] === id);
    const got = rows.map((r) => [
      rounds.indexOf(r.roundId as string),
      orgKey(r.organizationId),
      r.indicatorId === ids.inpatients ? 'inpatients' : 'change',
      r.value,
    ]);
    expect(got).toEqual(filed);
    expect(rows[0]).toMatchObject({
      round: 'v. 1 2021',
      period: 'v. 1 2021',
      organization: 'Region Testland',
      municipalityCode: null,
      indicator: 'Inneliggande med covid-19',
      unit: 'st',
      late: true,
    });
    const b = rows.find((r) => r.organizationId === ctx.fixture.org.B)!;
    expect(b).toMatchObject({ municipalityCode: '0114', organization: names.B });
    // The third round spans more than a week: its period is written as dates.
    const third = rows.filter((r) => r.roundId === rounds[2]);
    expect(third.map((r) => r.late)).toEqual([false, false, false]);
    expect(third[0]!.period).toBe(`2021-01-18–${future}`);
    // C's figures from before it left stay; E, which joined, has reported nothing and has no row.
    expect(rows.filter((r) => r.organizationId === ctx.fixture.org.C)).toHaveLength(1);
    expect(rows.some((r) => r.organizationId === ctx.fixture.org.E)).toBe(false);
    expect(
      rows.every((r) => typeof r.reportedAt === 'string' && !Number.isNaN(Date.parse(r.reportedAt as string))),
    ).toBe(true);
  });

  it('writes the values as CSV for Swedish Excel: BOM, semicolons, decimal comma, formulas defused', async () => {
    const json = (await as('coordinator', 'GET', `${base()}/values?lang=sv`)).json() as {
      rows: { organization: string; value: number; reportedAt: string; late: boolean }[];
    };
    const response = await as('coordinator', 'GET', `${base()}/values.csv?lang=sv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="indikatorvarden-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(response.rawPayload.toString('utf8')).toContain('\r\n');
    const [header, ...rows] = parseCsv(response.rawPayload);
    expect(header).toEqual([
      'Avstämning',
      'Period',
      'Organisation',
      'Kommunkod',
      'Indikator',
      'Värde',
      'Kapacitet',
      'Enhet',
      'Rapporterad',
      'Sen',
    ]);
    expect(rows).toHaveLength(filed.length);
    // Numbers in Swedish form; a negative number is a number, not a formula to defuse.
    expect(rows.map((r) => r[5])).toEqual(filed.map(([, , , value]) => String(value).replace('.', ',')));
    // Names that start like a formula are written as text.
    const organizations = new Set(rows.map((r) => r[2]));
    expect(organizations).toEqual(new Set(["'=SUMMA(1;2) kommun", "'-Avgående kommun", 'Region Testland']));
    expect(rows.find((r) => r[2] === "'=SUMMA(1;2) kommun")![3]).toBe('0114');
    expect(rows.map((r) => r[9])).toEqual(json.rows.map((r) => (r.late ? 'Ja' : 'Nej')));
    // Stockholm time, as Excel reads a date and time.
    expect(rows[0]![8]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const english = parseCsv((await as('coordinator', 'GET', `${base()}/values.csv?lang=en`)).rawPayload);
    expect(english[0]![0]).toBe('Round');
    expect(english[1]![4]).toBe('Covid-19 inpatients');
    expect(english[1]![9]).toBe('Yes');
  });

  it('writes the values as XLSX with number and date cells', async () => {
    const json = (await as('coordinator', 'GET', `${base()}/values?lang=sv`)).json() as {
      rows: { reportedAt: string; value: number; late: boolean }[];
    };
    const response = await as('coordinator', 'GET', `${base()}/values.xlsx?lang=sv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = await readWorkbook(response.rawPayload);
    const sheet = workbook.getWorksheet('Värden')!;
    const [header, ...rows] = sheetRows(sheet);
    expect(header![5]).toBe('Värde');
    expect(rows.map((r) => r[5])).toEqual(filed.map(([, , , value]) => value));
    expect(rows.every((r) => typeof r[5] === 'number')).toBe(true);
    // Kommunkod stays text with its leading zero; formula-like names are plain text cells.
    const b = rows.find((r) => r[2] === names.B)!;
    expect(b[3]).toBe('0114');
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    for (const [index, row] of rows.entries()) {
      const cell = row[8] as Date;
      expect(cell).toBeInstanceOf(Date);
      // The wall-clock time in Stockholm, which is what Excel shows.
      const stockholm = new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'Europe/Stockholm',
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(new Date(json.rows[index]!.reportedAt));
      expect(cell.toISOString().slice(0, 16).replace('T', ' ')).toBe(stockholm);
    }
    expect(sheet.getColumn(9).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(rows.map((r) => r[9])).toEqual(json.rows.map((r) => (r.late ? 'Ja' : 'Nej')));
  });

  it('exports reporting rates as the trends count them, per round and organisation', async () => {
    const trends = (await as('coordinator', 'GET', `/api/forums/${forum()}/reporting`)).json() as {
      organizations: { organizationId: string; rates: unknown }[];
      roundRates: unknown[];
      total: unknown;
    };
    const response = await as('coordinator', 'GET', `${base()}/reporting?lang=sv`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as {
      rows: {
        roundId: string;
        organizationId: string;
        status: string;
        expected: number;
        reported: number;
        onTime: number;
      }[];
      organizations: { organizationId: string }[];
      rounds: unknown[];
      total: unknown;
    };
    const cell = (round: number, org: string) =>
      body.rows.find((r) => r.roundId === rounds[round] && r.organizationId === ctx.fixture.org[org]);
    expect(cell(0, 'A')).toMatchObject({ status: 'late', expected: 1, reported: 1, onTime: 0 });
    expect(cell(1, 'A')).toMatchObject({ status: 'missing', expected: 1, reported: 0, onTime: 0 });
    expect(cell(2, 'A')).toMatchObject({ status: 'submitted', expected: 1, reported: 1, onTime: 1 });
    // The departed member is expected until it left, the new one only after it joined.
    expect(cell(1, 'C')).toMatchObject({ status: 'missing', expected: 1 });
    expect(cell(2, 'C')).toBeUndefined();
    expect(cell(0, 'E')).toBeUndefined();
    expect(cell(2, 'E')).toMatchObject({ status: 'missing', expected: 1, reported: 0 });
    expect(body.rows).toHaveLength(9);
    // Sums over the rows are the trends' rates, which the export repeats.
    const sum = (key: 'expected' | 'reported' | 'onTime') => body.rows.reduce((n, r) => n + r[key], 0);
    expect(body.total).toEqual(trends.total);
    expect(body.total).toMatchObject({ expected: sum('expected'), reported: sum('reported'), onTime: sum('onTime') });
    expect(body.rounds.map((r) => (r as { expected: number }).expected)).toEqual(
      trends.roundRates.map((r) => (r as { expected: number }).expected),
    );
    expect(body.organizations.map((o) => o.organizationId)).toEqual(trends.organizations.map((o) => o.organizationId));

    const csv = await as('coordinator', 'GET', `${base()}/reporting.csv?lang=sv`);
    const [header, ...rows] = parseCsv(csv.rawPayload);
    expect(header).toEqual([
      'Avstämning',
      'Period',
      'Organisation',
      'Kommunkod',
      'Status',
      'Läge',
      'Förväntad',
      'Rapporterad',
      'I tid',
    ]);
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r[2] === "'@Nya kommun")).toEqual([
      expect.any(String),
      `2021-01-18–${future}`,
      "'@Nya kommun",
      '',
      'Saknas',
      '',
      '1',
      '0',
      '0',
    ]);

    const workbook = await readWorkbook(
      (await as('coordinator', 'GET', `${base()}/reporting.xlsx?lang=sv`)).rawPayload,
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Inrapportering', 'Per organisation', 'Per avstämning']);
    const perRound = sheetRows(workbook.getWorksheet('Per avstämning')!);
    const total = perRound.at(-1)!;
    expect(total[0]).toBe('Hela forumet');
    expect(total.slice(2)).toEqual([9, 6, 2, 0.667, 0.222]);
    expect(workbook.getWorksheet('Per avstämning')!.getColumn(6).numFmt).toBe('0.0%');
  });

  it('gives readers only published rounds, and refuses strangers and the signed-out', async () => {
    const before = (await as('reader', 'GET', `${base()}/values`)).json() as { rows: unknown[] };
    expect(before.rows).toEqual([]);
    await as('coordinator', 'PATCH', `/api/rounds/${rounds[0]}`, { isPublished: true });
    const after = (await as('reader', 'GET', `${base()}/values`)).json() as { rows: { roundId: string }[] };
    expect(new Set(after.rows.map((r) => r.roundId))).toEqual(new Set([rounds[0]]));
    const reporting = parseCsv((await as('reader', 'GET', `${base()}/reporting.csv`)).rawPayload);
    expect(reporting).toHaveLength(1 + 3);
    for (const suffix of ['values', 'values.csv', 'values.xlsx', 'reporting', 'reporting.csv', 'reporting.xlsx']) {
      expect((await as('otherCoordinator', 'GET', `${base()}/${suffix}`)).statusCode).toBe(403);
      expect((await as(null, 'GET', `${base()}/${suffix}`)).statusCode).toBe(401);
    }
  });

  it('answers bad input with a clear 4xx', async () => {
    for (const url of [
      `/api/forums/not-a-uuid/exports/values.csv`,
      `${base()}/values.xlsx?from=2021-02-01&to=2021-01-01`,
      `${base()}/reporting?lang=de`,
      `${base()}/reporting.csv?from=2021-13-45`,
    ]) {
      const response = await as('coordinator', 'GET', url);
      expect(response.statusCode, url).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const unknown = await as('coordinator', 'GET', `/api/forums/00000000-0000-4000-8000-000000000000/exports/values`);
    expect(unknown.statusCode).toBe(404);
  });
});
