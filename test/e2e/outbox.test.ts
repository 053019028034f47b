import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp } from '../smtp.ts';
import { expectNoAxeViolations, signIn, startTestApp, users, type TestApp } from './support.ts';

// The outbox page with a mail server that refuses at first: what failed shows the server's answer,
// and an administrator sends it again once the server accepts. The send job runs every minute.
let app: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;

beforeAll(async () => {
  smtp = await startSmtp({ refuse: { code: 550, message: 'No such user here' } });
  app = await startTestApp({
    env: { SAMVERKAN_SMTP_URL: smtp.url, SAMVERKAN_MAIL_FROM: 'Samverkan <samverkan@test.example>' },
  });
});

afterAll(async () => {
  await app?.close();
});

const TITLE = 'Utkorgens avstämning';

describe('the outbox page', () => {
  it('shows mail the server refused with its answer, and sends it again on an administrator’s word', async () => {
    const coordinator = await app.newPage();
    await signIn(coordinator, users.coordinatorDalarna);
    const forums = (await (await coordinator.request.get('/api/forums')).json()) as { id: string; name: string }[];
    const forum = forums.find((f) => f.name === 'Välfärdsrådet')!;
    const created = await coordinator.request.post(`/api/forums/${forum.id}/rounds`, {
      headers: { 'samverkan-client': 'e2e' },
      data: {
        title: TITLE,
        periodStart: '2097-03-04',
        periodEnd: '2097-03-10',
        deadlineDate: '2097-03-07',
        deadlineTime: '12:00',
      },
    });
    expect(created.status()).toBe(201);

    const admin = await app.newPage();
    await signIn(admin, users.admin);
    const table = admin.getByRole('table', { name: /^Meddelanden/ });
    const rows = (status: string) => table.getByRole('row').filter({ hasText: TITLE }).filter({ hasText: status });
    /** The page does not poll: it is opened again until the send job (every minute) has got that far. */
    async function openUntil(status: string) {
      const giveUpAt = Date.now() + 150_000;
      for (;;) {
        await admin.goto('/utkorg');
        await admin.getByLabel('Sök på mottagare eller ämne').fill(TITLE);
        await table.getByRole('row').filter({ hasText: TITLE }).first().waitFor();
        if ((await rows(status).count()) > 0) return;
        if (Date.now() > giveUpAt) throw new Error(`no message became "${status}"`);
        await admin.waitForTimeout(3000);
      }
    }

    await openUntil('Kunde inte skickas');
    await admin.getByRole('heading', { level: 1, name: 'Utkorg' }).waitFor();
    const failed = rows('Kunde inte skickas').first();
    expect(await failed.textContent()).toContain('550');
    expect(await failed.textContent()).toContain('No such user here');
    expect(await admin.getByText('Ingen e-post lämnar servern').count()).toBe(0);
    await expectNoAxeViolations(admin, 'outbox page');

    smtp.accept();
    const count = await rows('Kunde inte skickas').count();
    await admin.getByRole('button', { name: /^Skicka igen \d+ meddelanden? på sidan som inte skickades$/ }).click();
    await admin
      .getByText(`${count} ${count === 1 ? 'meddelande väntar' : 'meddelanden väntar'} i utkorgen igen.`)
      .waitFor();
    // Sending again wakes the sender, so the message may be past "Väntar i utkorgen" already.
    await openUntil('Skickad');
    expect(smtp.received.some((m) => m.mail.subject?.includes(TITLE))).toBe(true);
  }, 360_000);

  it('lets the coordinator set when the forum’s members that have not reported are reminded', async () => {
    const coordinator = await app.newPage();
    await signIn(coordinator, users.coordinatorDalarna);
    const forums = (await (await coordinator.request.get('/api/forums')).json()) as { id: string; name: string }[];
    const forum = forums.find((f) => f.name === 'Välfärdsrådet')!;
    await coordinator.goto(`/forum/${forum.id}/avstamningar`);
    await coordinator.getByRole('heading', { name: 'Automatiska påminnelser' }).waitFor();
    await coordinator.getByLabel('Påminn antal timmar före sista dag').fill('24');
    await coordinator.getByLabel('Påminn igen antal timmar efter sista dag').fill('2');
    await coordinator.getByRole('button', { name: 'Spara påminnelserna' }).click();
    await coordinator.getByText('Påminnelserna är sparade.').waitFor();
    await coordinator.reload();
    await coordinator
      .getByText(
        'Organisationer som inte har rapporterat får ett mejl 24 timmar före sista dag och 2 timmar efter sista dag.',
      )
      .waitFor();
    const saved = await coordinator.request.get(`/api/forums/${forum.id}/reminder-settings`);
    expect(await saved.json()).toEqual({ hoursBefore: 24, hoursAfter: 2 });
  });

  it('lets each user turn a kind of mail off in their settings, kept after a reload', async () => {
    const reporter = await app.newPage();
    await signIn(reporter, users.reporterFalun);
    // Reached from the user menu.
    await reporter.getByRole('button', { name: /^Användarmeny för/ }).click();
    await reporter.getByRole('menuitem', { name: 'Inställningar' }).click();
    await reporter.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
    const kinds = reporter.getByRole('group', { name: 'E-post jag vill få' });
    await kinds.getByRole('checkbox', { name: 'Påminnelse om lägesrapport' }).waitFor();
    expect(await kinds.getByRole('checkbox').count()).toBe(9);
    await kinds.getByRole('checkbox', { name: 'Påminnelse om lägesrapport' }).uncheck();
    await reporter.getByRole('button', { name: 'Spara inställningarna' }).click();
    await reporter.getByText('Ändringarna är sparade.').waitFor();
    await expectNoAxeViolations(reporter, 'mail settings');

    await reporter.reload();
    const reminders = kinds.getByRole('checkbox', { name: 'Påminnelse om lägesrapport' });
    await reminders.waitFor();
    expect(await reminders.isChecked()).toBe(false);
    expect(await kinds.getByRole('checkbox', { name: 'Kallelse till möte, med kalenderinbjudan' }).isChecked()).toBe(
      true,
    );
  });

  it('lists the kallelse on the meeting’s page, each invitee’s mail with its status', async () => {
    const coordinator = await app.newPage();
    await signIn(coordinator, users.coordinatorDalarna);
    const forums = (await (await coordinator.request.get('/api/forums')).json()) as { id: string; name: string }[];
    const forum = forums.find((f) => f.name === 'Välfärdsrådet')!;
    const planned = await coordinator.request.post(`/api/forums/${forum.id}/meetings`, {
      headers: { 'samverkan-client': 'e2e' },
      data: { title: 'Utkorgens möte', meetingDate: '2097-05-06', startTime: '10:00', endTime: '11:00' },
    });
    expect(planned.status()).toBe(201);
    await coordinator.goto(`/moten/${((await planned.json()) as { id: string }).id}`);
    await coordinator.getByText('Kallelsen är inte skickad.').waitFor();
    await coordinator.getByRole('button', { name: 'Skicka kallelse' }).click();
    await coordinator
      .getByRole('dialog', { name: 'Skicka kallelse' })
      .getByRole('button', { name: 'Skicka kallelse' })
      .click();
    await coordinator.getByText('Kallelsen ligger i utkorgen och skickas nu.').waitFor();
    const mail = coordinator.getByRole('table', { name: /^E-post om mötet \([1-9]/ });
    const rows = mail.getByRole('row').filter({ hasText: 'Kallelse' });
    await rows.first().waitFor();
    // The request wakes the sender, so the kallelse may already be on its way or sent.
    expect(await rows.first().textContent()).toMatch(/Väntar i utkorgen|Skickas nu|Skickad/);
    await expectNoAxeViolations(coordinator, 'meeting page with its mail');

    // The administrator finds the kallelse by its kind, apart from the round's mail of the first test.
    const admin = await app.newPage();
    await signIn(admin, users.admin);
    await admin.goto('/utkorg');
    const outbox = admin.getByRole('table', { name: /^Meddelanden/ });
    const round = outbox.getByRole('row').filter({ hasText: TITLE }).first();
    const kallelse = outbox.getByRole('row').filter({ hasText: 'Kallelse: Utkorgens möte' }).first();
    await round.waitFor();
    await admin.getByLabel('Sorts e-post').selectOption({ label: 'Kallelse till möte, med kalenderinbjudan' });
    await round.waitFor({ state: 'detached' });
    await kallelse.waitFor();
    // What was sent (or held) can be read: the text part of the message.
    await kallelse.getByRole('button', { name: /^Visa texten i meddelandet till / }).click();
    const message = admin.getByRole('dialog', { name: /^Kallelse: Utkorgens möte, Välfärdsrådet/ });
    await message.getByText('Du kallas till Utkorgens möte i Välfärdsrådet.', { exact: false }).waitFor();
    await expectNoAxeViolations(admin, 'a message of the outbox');
    await message.getByRole('button', { name: 'Stäng' }).click();
    await message.waitFor({ state: 'detached' });
    await admin.getByLabel('Sorts e-post').selectOption({ label: 'En avstämning har öppnat' });
    await kallelse.waitFor({ state: 'detached' });
    await round.waitFor();
    await admin.getByLabel('Status', { exact: true }).selectOption({ label: 'Inte skickad (ingen e-postserver)' });
    await admin.getByText('Inga meddelanden matchar filtret.').waitFor();
    await expectNoAxeViolations(admin, 'outbox page filtered by kind and status');
  });
});
