import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type TestApp } from './support.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.close();
});

const minutes = [
  'Minnesanteckningar Samlad sjukvårdsresurs',
  'Datum: 2021-03-04',
  'Plats: Teams',
  'Närvarande: Anna Berg, Bo Ek, Carin Dahl',
  '',
  '1. Mötets öppnande',
  'Ordföranden öppnade mötet.',
  '',
  '2. Stöd till hemtjänsten',
  'Beslut: Ärendet för 850709\u20139805 avslutas.',
].join('\n');

describe('a personnummer in a file to import', () => {
  it('is shown at the file field, and nothing is read in', async () => {
    const page = await app.newPage();
    await signIn(page, 'samordnare.halland@samverkan.example');
    const forums = (await (await page.request.get('/api/forums')).json()) as { id: string; name: string }[];
    const forum = forums.find((f) => f.name === 'Samlad sjukvårdsresurs i Halland')!;
    await page.goto(`/forum/${forum.id}/importera`);
    const file = page.getByLabel('Fil med anteckningar');
    await file.setInputFiles({ name: 'protokoll.txt', mimeType: 'text/plain', buffer: Buffer.from(minutes) });
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    const message = 'Filen ”protokoll.txt” innehåller ett personnummer';
    await page.getByRole('alert').filter({ hasText: message }).waitFor();
    expect(await file.getAttribute('aria-invalid')).toBe('true');
    const described = (await file.getAttribute('aria-describedby'))!.split(' ');
    expect(await page.locator(`[id="${described.at(-1)}"]`).textContent()).toContain(message);
    expect(await page.getByRole('heading', { name: /^Granska det som lästes in/ }).count()).toBe(0);
  });
});
