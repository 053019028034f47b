import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, signIn, startTestApp, users, type TestApp } from './support.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.close();
});

/** The API requests the start page makes while it loads. */
function recordApiRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/me/')) requests.push(url.pathname);
  });
  return requests;
}

describe('the start page shows what is due', () => {
  it('lists a new round to the coordinator as missing reports and to the reporter as theirs to report, from one request', async () => {
    const coordinator = await app.newPage();
    await signIn(coordinator, users.coordinatorDalarna);
    const forums = (await (await coordinator.request.get('/api/forums')).json()) as { id: string; name: string }[];
    const forum = forums.find((f) => f.name === 'Välfärdsrådet')!;
    const created = await coordinator.request.post(`/api/forums/${forum.id}/rounds`, {
      headers: { 'samverkan-client': 'e2e' },
      data: {
        title: 'Startsidans avstämning',
        periodStart: '2098-03-02',
        periodEnd: '2098-03-08',
        deadlineDate: '2098-03-05',
        deadlineTime: '12:00',
      },
    });
    expect(created.status()).toBe(201);
    const planned = await coordinator.request.post(`/api/forums/${forum.id}/meetings`, {
      headers: { 'samverkan-client': 'e2e' },
      data: { title: 'Startsidans möte', meetingDate: '2098-03-10', startTime: '10:00' },
    });
    expect(planned.status()).toBe(201);

    const requests = recordApiRequests(coordinator);
    await coordinator.reload();
    const missing = coordinator.getByRole('table', {
      name: 'Öppna avstämningar i dina forum där någon medlem inte har rapporterat',
    });
    await missing.getByRole('row').filter({ hasText: 'Startsidans avstämning' }).waitFor();
    await coordinator.getByRole('heading', { level: 2, name: 'Avstämningar där rapporter saknas' }).waitFor();
    // The coordinator's next meeting, from the same answer.
    await coordinator
      .getByRole('table', { name: 'Nästa möte' })
      .getByRole('row')
      .filter({ hasText: 'Startsidans möte' })
      .waitFor();
    expect(requests.filter((path) => path !== '/api/me/due')).toEqual([]);
    expect(requests).toContain('/api/me/due');
    await expectNoAxeViolations(coordinator, 'start page (coordinator)');

    const reporter = await app.newPage();
    await signIn(reporter, users.reporterFalun);
    await reporter.getByRole('heading', { level: 2, name: 'Att rapportera' }).waitFor();
    const toReport = reporter.getByRole('table', { name: 'Öppna avstämningar där er organisation rapporterar' });
    const row = toReport.getByRole('row').filter({ hasText: 'Startsidans avstämning' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Välfärdsrådet');
    // With its deadline and how far the report has got.
    expect(await row.textContent()).toContain('2098-03-05');
    expect(await row.textContent()).toContain('Inte påbörjad');
    await reporter.getByRole('heading', { level: 2, name: 'Mina uppdrag' }).waitFor();
    expect(await reporter.getByRole('heading', { name: 'Avstämningar där rapporter saknas' }).count()).toBe(0);
    await expectNoAxeViolations(reporter, 'start page (reporter)');
  });
});
