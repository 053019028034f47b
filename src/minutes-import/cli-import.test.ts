import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { runMinutesImport } from './cli-import.ts';
import { buildDocx, buildHtml, buildOdt } from './extract/builders.test-support.ts';
import { useReadPool } from './http.test-support.ts';
import { countImportRows, samplesDir } from './test-support.ts';

const docFixture = (name: string) => readFile(path.join(import.meta.dirname, 'extract', 'fixtures', name));

const ctx = useTestApp({
  organizations: [{ key: 'A', kind: 'region' }],
  forums: [{ key: 'F', name: 'Välfärdsrådet', owner: 'A', members: ['A'] }],
});

const readPool = useReadPool();

const root = await mkdtemp(path.join(tmpdir(), 'samverkan-archive-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const sample = async (prefix: string) => {
  const { readdir } = await import('node:fs/promises');
  const name = (await readdir(samplesDir)).find((f) => f.startsWith(prefix))!;
  return readFile(path.join(samplesDir, name));
};

function collect() {
  let text = '';
  const stream = new Writable({
    write: (chunk, _encoding, done) => {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

async function run(paths: string[], allowSameDate = false) {
  const stdout = collect();
  const stderr = collect();
  const exitCode = await runMinutesImport({
    db: ctx.database.db,
    paths,
    forum: 'Välfärdsrådet',
    allowSameDate,
    read: readPool.read,
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  return { exitCode, stdout: stdout.text(), stderr: stderr.text() };
}

describe('samverkan minutes import of a folder', () => {
  it('imports every minutes file under the folder, each on its own, and sums up what happened to each', async () => {
    const archive = path.join(root, 'arkiv');
    await mkdir(path.join(archive, '2020', 'december'), { recursive: true });
    await mkdir(path.join(archive, '2021'), { recursive: true });
    const s003 = await sample('003');
    const s004 = await sample('004');
    await writeFile(path.join(archive, '2020', 'december', '003.txt'), s003);
    await writeFile(path.join(archive, '2021', '003-kopia.TXT'), s003);
    await writeFile(path.join(archive, '2021', '004.txt'), s004);
    await writeFile(
      path.join(archive, '2021', '004-renskriven.txt'),
      Buffer.concat([s004, Buffer.from('\nRenskriven.\n')]),
    );
    await writeFile(path.join(archive, 'trasig.pdf'), Buffer.from('%PDF-1.4\nnot really a pdf'));
    await writeFile(path.join(archive, 'tom.docx'), Buffer.alloc(0));
    await writeFile(path.join(archive, 'läsmig.md'), 'Inte anteckningar');
    await writeFile(path.join(archive, '~$003.docx'), Buffer.from([1, 2, 3]));
    const before = await countImportRows(ctx.database.db);

    const first = await run([archive, path.join(root, 'finns-inte')]);
    expect(first.exitCode).toBe(2);
    // Progress per file as it happens, in a stable order (folders and files by name).
    const progress = first.stdout.split('\n').filter((line) => line.startsWith('['));
    expect(progress.map((line) => line.replace(/ [0-9a-f-]{36}$/, ''))).toEqual([
      `[1/6] ${path.join(archive, '2020', 'december', '003.txt')}: imported as meeting`,
      `[2/6] ${path.join(archive, '2021', '003-kopia.TXT')}: already imported as meeting`,
      `[3/6] ${path.join(archive, '2021', '004-renskriven.txt')}: imported as meeting`,
      `[4/6] ${path.join(archive, '2021', '004.txt')}: refused`,
      `[5/6] ${path.join(archive, 'tom.docx')}: refused`,
      `[6/6] ${path.join(archive, 'trasig.pdf')}: refused`,
    ]);
    expect(first.stdout).toContain(
      'Summary: 2 imported, 1 skipped as already imported, 4 refused, 1 ignored (not minutes files)',
    );
    const refused = first.stdout.slice(first.stdout.indexOf('Refused:'));
    // Each reason in Swedish and in English; a same-date refusal says how to import the file anyway from here.
    const sameDate = refused.split('\n').find((line) => line.includes('004.txt'))!;
    expect(sameDate).toContain(
      `${path.join(archive, '2021', '004.txt')}: minutes.date_taken: Forumet har redan ett möte den`,
    );
    expect(sameDate).toContain('Kör igen med --allow-same-date för att importera filen ändå. / The forum already has');
    expect(sameDate).toMatch(/Run again with --allow-same-date to import the file anyway\.$/);
    expect(refused).toContain(
      `${path.join(archive, 'tom.docx')}: minutes.empty: Filen är tom eller innehåller ingen text. / The file is empty or contains no text.`,
    );
    expect(refused).toContain(`${path.join(archive, 'trasig.pdf')}: minutes.unreadable: Filen kunde inte läsas;`);
    expect(refused).toContain(`${path.join(root, 'finns-inte')}: filen finns inte / no such file`);
    expect(first.stdout).toContain(
      `Ignored:\n  ${path.join(archive, 'läsmig.md')}: inte .txt/.text/.html/.htm/.doc/.docx/.odt/.pdf / not .txt/.text/.html/.htm/.doc/.docx/.odt/.pdf`,
    );
    expect(first.stderr).toContain('minutes.unreadable');

    // The refused files left nothing behind; each import is one meeting with its source file and one audit entry.
    const after = await countImportRows(ctx.database.db);
    expect(after.meetings - before.meetings).toBe(2);
    expect(after.attachments - before.attachments).toBe(2);
    const audit = await ctx.database.db
      .selectFrom('auditLog')
      .select('entityId')
      .where('action', '=', 'import')
      .execute();
    expect(audit).toHaveLength(2);

    // Run again with --allow-same-date: only the file refused for its date is imported now.
    const second = await run([archive], true);
    expect(second.stdout).toContain(
      'Summary: 1 imported, 3 skipped as already imported, 2 refused, 1 ignored (not minutes files)',
    );
    expect((await countImportRows(ctx.database.db)).meetings - before.meetings).toBe(3);

    // Another copy of 003 keeps its diary number, which the forum's meeting already has: "import anyway" cannot save
    // it as it is, and the refusal says where the number can be corrected.
    const copy = path.join(root, '003-utskrift.txt');
    await writeFile(copy, Buffer.concat([s003, Buffer.from('\nUtskrift.\n')]));
    const third = await run([copy], true);
    expect(third.exitCode).toBe(2);
    expect(third.stdout).toContain('minutes.diary_number_taken: Forumet har redan ett möte med diarienumret');
    expect(third.stdout).toContain('importera den i webbappen om diarienumret ska rättas eller tömmas.');
  });

  it('exits 0 when nothing was refused, and names an unknown forum', async () => {
    const folder = path.join(root, 'bara-bra');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, '000.txt'), await sample('000'));
    const result = await run([folder]);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(result.stdout).toContain('Summary: 1 imported, 0 skipped as already imported, 0 refused, 0 ignored');
    const stderr = collect();
    const unknown = await runMinutesImport({
      db: ctx.database.db,
      paths: [folder],
      forum: 'Inget sådant forum',
      read: readPool.read,
      stdout: collect().stream,
      stderr: stderr.stream,
    });
    expect(unknown).toBe(2);
    expect(stderr.text()).toContain('no forum "Inget sådant forum"');
  });

  it('imports a folder of web pages, OpenDocument and old Word files beside DOCX, and refuses the broken ones', async () => {
    const folder = path.join(root, 'blandat');
    await mkdir(path.join(folder, 'webb'), { recursive: true });
    const text = async (prefix: string) => (await sample(prefix)).toString('utf8');
    const doc = await docFixture('002.doc');
    await writeFile(path.join(folder, 'webb', '000.html'), buildHtml(await text('000'), { furniture: true }));
    await writeFile(path.join(folder, '001.odt'), buildOdt(await text('001')));
    await writeFile(path.join(folder, '002.doc'), doc);
    // (Not a sample's: the test above imported 003 and 004, whose diary numbers a forum holds once.)
    const c100 = await readFile(path.join(import.meta.dirname, 'corpus', 'c100.txt'), 'utf8');
    await writeFile(path.join(folder, 'c100.docx'), await buildDocx(c100));
    await writeFile(path.join(folder, 'avklippt.doc'), doc.subarray(0, 8192));
    await writeFile(
      path.join(folder, 'bomb.odt'),
      buildOdt('Minnesanteckningar', { extra: [{ name: 'Pictures/a.xml', data: Buffer.alloc(60 * 1024 * 1024) }] }),
    );
    await writeFile(
      path.join(folder, 'webb', 'pnr.htm'),
      buildHtml('Minnesanteckningar\nDatum: 2021-03-04\nÄrendet för 850709-9805 avslutas.'),
    );
    await writeFile(path.join(folder, 'webb', 'logga.png'), Buffer.from('\x89PNG\r\n', 'latin1'));
    const before = await countImportRows(ctx.database.db);

    // --allow-same-date: the earlier tests imported these samples' dates as other files.
    const result = await run([folder], true);
    expect(result.exitCode).toBe(2);
    const progress = result.stdout.split('\n').filter((line) => line.startsWith('['));
    expect(progress.map((line) => line.replace(/ [0-9a-f-]{36}$/, ''))).toEqual([
      `[1/7] ${path.join(folder, '001.odt')}: imported as meeting`,
      `[2/7] ${path.join(folder, '002.doc')}: imported as meeting`,
      `[3/7] ${path.join(folder, 'avklippt.doc')}: refused`,
      `[4/7] ${path.join(folder, 'bomb.odt')}: refused`,
      `[5/7] ${path.join(folder, 'c100.docx')}: imported as meeting`,
      `[6/7] ${path.join(folder, 'webb', '000.html')}: imported as meeting`,
      `[7/7] ${path.join(folder, 'webb', 'pnr.htm')}: refused`,
    ]);
    expect(result.stdout).toContain(
      'Summary: 4 imported, 0 skipped as already imported, 3 refused, 1 ignored (not minutes files)',
    );
    const refused = result.stdout.slice(result.stdout.indexOf('Refused:'));
    expect(refused).toContain(`${path.join(folder, 'avklippt.doc')}: minutes.unreadable: Filen kunde inte läsas;`);
    expect(refused).toContain(
      `${path.join(folder, 'bomb.odt')}: minutes.zip_bomb: Word- eller OpenDocument-filen packas upp till orimligt mycket data`,
    );
    expect(refused).toContain(`${path.join(folder, 'webb', 'pnr.htm')}: validation.personal_identity_number:`);
    expect(result.stdout).toContain(`Ignored:\n  ${path.join(folder, 'webb', 'logga.png')}: inte .txt/`);
    // Four meetings, each with its source file; the refused files left nothing.
    const after = await countImportRows(ctx.database.db);
    expect(after.meetings - before.meetings).toBe(4);
    expect(after.attachments - before.attachments).toBe(4);
  });
});
