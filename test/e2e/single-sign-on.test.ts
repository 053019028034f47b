import net from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProvider, type TestProvider } from '../oidc-provider.ts';
import { expectNoAxeViolations, startTestApp, users, type TestApp } from './support.ts';

/** A port nobody listens on now; the provider must know the app's address before the app starts. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let provider: TestProvider;
let app: TestApp;

beforeAll(async () => {
  const port = await freePort();
  const appOrigin = `http://localhost:${port}`;
  provider = await startTestProvider({ interactive: true, appOrigin });
  provider.accounts.falun = { email: users.reporterFalun, email_verified: true, name: 'Rapportör Falun' };
  provider.accounts.okand = { email: 'okand@region.example', name: 'Okänd Person' };
  app = await startTestApp({ port, env: provider.env(appOrigin) });
  expect(app.url).toBe(appOrigin);
});

afterAll(async () => {
  await app?.close();
  await provider?.close();
});

/** The provider's own login form (oidc-provider's development login: any password). */
async function signInAtProvider(page: Page, login: string) {
  await page.waitForURL(`${provider.issuer}/**`);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

describe('sign-in through the identity provider in the browser', () => {
  it('signs in with the provider’s button and login form, and signs out there too', async () => {
    const page = await app.newPage();
    await page.goto('/logga-in');
    const button = page.getByRole('link', { name: 'Logga in med Testregionens konto' });
    await button.waitFor();
    // Password sign-in stays offered next to the provider.
    await expect(page.getByLabel('Lösenord').isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page, 'sign-in page with a provider');

    await button.click();
    await signInAtProvider(page, 'falun');
    await page.getByRole('heading', { level: 1, name: /^Välkommen/ }).waitFor();
    expect(new URL(page.url()).origin).toBe(app.url);

    await page.getByRole('button', { name: /^Användarmeny för/ }).click();
    await page.getByRole('menuitem', { name: 'Logga ut' }).click();
    // The provider asks to confirm, then sends the browser back to the sign-in page.
    await page.waitForURL(`${provider.issuer}/**`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${app.url}/logga-in`);
    await page.getByRole('link', { name: 'Logga in med Testregionens konto' }).waitFor();
    // The provider's session ended too: its button asks for the login again.
    await page.getByRole('link', { name: 'Logga in med Testregionens konto' }).click();
    await page.locator('input[name="login"]').waitFor();
    await page.context().close();
  });

  it('tells a person without an account what to do', async () => {
    const page = await app.newPage();
    await page.goto('/logga-in');
    await page.getByRole('link', { name: 'Logga in med Testregionens konto' }).click();
    await signInAtProvider(page, 'okand');
    await page.waitForURL(`${app.url}/logga-in?fel=unknown_user`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'Du är inloggad hos Testregionens konto, men det finns inget konto i Samverkan för dig.',
    );
    await expectNoAxeViolations(page, 'sign-in page after an unknown user');
    await page.context().close();
  });
});
