import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, users, type TestApp } from './support.ts';

const STANDARD = /Forumet använder standardmallen/;

let app: TestApp;
let coordinator: Page;
let settingsUrl: string;

beforeAll(async () => {
  app = await startTestApp();
  coordinator = await app.newPage();
  await signIn(coordinator, users.coordinatorDalarna);
  const forums = (await (await coordinator.request.get('/api/forums')).json()) as { id: string; name: string }[];
  const forumId = forums.find((forum) => forum.name === 'Välfärdsrådet')!.id;
  settingsUrl = `/api/forums/${forumId}/meeting-settings`;
  await coordinator.goto(`/forum/${forumId}/moten`);
});

afterAll(async () => {
  await app?.close();
});

async function savedTemplate(): Promise<unknown> {
  return ((await (await coordinator.request.get(settingsUrl)).json()) as { agendaTemplate: unknown }).agendaTemplate;
}

async function save(): Promise<void> {
  const saved = coordinator.waitForResponse(
    (response) => response.url().endsWith(settingsUrl) && response.request().method() === 'PUT',
  );
  await coordinator.getByRole('button', { name: 'Spara mötesinställningar' }).click();
  expect((await saved).status()).toBe(200);
}

describe('meeting settings: the standard agenda', () => {
  it('shows that the forum follows the standard agenda, and saving unchanged keeps it standard', async () => {
    const settings = coordinator.getByRole('region', { name: 'Mötesinställningar' });
    await settings.getByText(STANDARD).waitFor();
    expect(await savedTemplate()).toBeNull();
    await save();
    expect(await savedTemplate()).toBeNull();
    await expect.poll(() => settings.getByText(STANDARD).count()).toBe(1);
  });

  it('makes a template of the forum’s own when an item is removed, and goes back to the standard one', async () => {
    const settings = coordinator.getByRole('region', { name: 'Mötesinställningar' });
    await settings.getByRole('button', { name: /^Ta bort Föregående minnesanteckningar/ }).click();
    expect(await settings.getByText(STANDARD).count()).toBe(0);
    await save();
    const own = (await savedTemplate()) as { title: string }[];
    expect(own.map((item) => item.title)).not.toContain('Föregående minnesanteckningar');
    expect(own).toHaveLength(7);

    await settings.getByRole('button', { name: 'Återställ standardmallen' }).click();
    await settings.getByText(STANDARD).waitFor();
    await save();
    expect(await savedTemplate()).toBeNull();
  });

  it('offers the standard agenda in English for an English-speaking forum, and still follows the standard', async () => {
    const settings = coordinator.getByRole('region', { name: 'Mötesinställningar' });
    await settings.getByLabel('Forumets språk').selectOption({ label: 'Engelska' });
    await settings.getByRole('button', { name: /^Ta bort Election of adjusters/ }).waitFor();
    await settings.getByText(STANDARD).waitFor();
    await save();
    const saved = (await (await coordinator.request.get(settingsUrl)).json()) as {
      language: string;
      agendaTemplate: unknown;
    };
    expect(saved).toMatchObject({ language: 'en', agendaTemplate: null });

    await settings.getByLabel('Forumets språk').selectOption({ label: 'Svenska' });
    await settings.getByRole('button', { name: /^Ta bort Val av justerare/ }).waitFor();
    await save();
  });
});
