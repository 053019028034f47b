import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, PHONE, signIn, startTestApp, users, type TestApp } from './support.ts';

const ROUND_TITLE = 'Liveavstämning e2e';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.close();
});

describe('live updates', () => {
  it("shows a report on the coordinator's lägesbild as soon as it is filed, without a reload", async () => {
    const coordinator = await app.newPage();
    await signIn(coordinator, users.coordinatorDalarna);
    const forums = await api<{ id: string; name: string; members: { organizationId: string; name: string }[] }[]>(
      coordinator,
      'GET',
      '/api/forums',
    );
    const forum = forums.find((f) => f.name === 'Välfärdsrådet')!;
    const faluId = forum.members.find((m) => m.name === 'Falu kommun')!.organizationId;
    const round = await api<{ id: string }>(coordinator, 'POST', `/api/forums/${forum.id}/rounds`, {
      title: ROUND_TITLE,
      periodStart: '2031-02-03',
      periodEnd: '2031-02-09',
      deadlineDate: '2031-02-04',
      deadlineTime: '12:00',
    });

    await coordinator.goto(`/avstamningar/${round.id}`);
    await coordinator.getByRole('heading', { level: 1, name: `Lägesbild ${ROUND_TITLE}` }).waitFor();
    const status = coordinator.getByRole('region', { name: 'Inrapportering' });
    await status.getByText(/^0 av 16 har rapporterat$/).waitFor();
    // A mark on the page's window: a reload would lose it.
    await coordinator.evaluate(() => Object.assign(window, { notReloaded: true }));

    const reporter = await app.newPage();
    await signIn(reporter, users.reporterFalun);
    const url = `/api/rounds/${round.id}/reports/${faluId}`;
    const draft = await api<{ revision: number }>(reporter, 'PUT', url, {
      revision: 0,
      currentSituation: 'Kritiskt läge på boendena.',
      challenges: '',
      input: '',
      strainLevel: 'critical',
      values: [],
    });
    await api(reporter, 'POST', `${url}/submit`, { revision: draft.revision });

    await status.getByText(/^1 av 16 har rapporterat$/).waitFor({ timeout: 15_000 });
    const reports = coordinator.getByRole('table', { name: `Lägesrapporter ${ROUND_TITLE}, mest ansträngda först` });
    const falu = reports.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: /^Falu kommun/ }) });
    expect(await falu.getByRole('cell').first().textContent()).toContain('Kritiskt');
    expect(await coordinator.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // Each organisation's sparkline of its strain over recent rounds, with the same history in words
    // (updated by the same event); on a phone it is in the organisation's card.
    const history = /^Läge de senaste 8 avstämningarna, äldst först: .+, Liveavstämning e2e: Kritiskt$/;
    await falu.locator('.strain-sparkline').getByText(history).waitFor({ state: 'attached', timeout: 15_000 });
    expect(await falu.locator('.strain-sparkline svg').count()).toBe(1);
    await coordinator.setViewportSize(PHONE);
    const card = coordinator.locator('ul.situation-cards > li').filter({ hasText: /^Falu kommun/ });
    expect(await card.locator('.strain-sparkline').getByText(history).count()).toBe(1);
    expect(await card.locator('.strain-sparkline svg').isVisible()).toBe(true);
  });
});
