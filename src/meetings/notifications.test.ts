import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { deliverQueued, type ReceivedMail } from '../../test/smtp.ts';

const ctx = useTestApp(
  {
    organizations: [{ key: 'A', kind: 'region' }, { key: 'B' }, { key: 'E' }, { key: 'D', kind: 'myndighet' }],
    forums: [{ key: 'F', name: 'Välfärdsrådet', owner: 'A', members: ['A', 'B', 'E'] }],
    users: [
      { key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
      { key: 'reporter', organization: 'B', roles: [{ forum: 'F', role: 'reporter' }] },
      { key: 'colleague', organization: 'B', roles: [{ forum: 'F', role: 'reporter' }] },
      { key: 'english', organization: 'E', roles: [{ forum: 'F', role: 'reporter' }] },
      { key: 'reader', organization: 'D', roles: [{ forum: 'F', role: 'reader' }] },
      { key: 'outsider', organization: 'D' },
    ],
  },
  { SAMVERKAN_PUBLIC_URL: 'https://samverkan.test.example', SAMVERKAN_MAIL_FROM: 'Samverkan <samverkan@test.example>' },
);

const { as } = ctx;

const deliver = () => deliverQueued(ctx.database.db, ctx.config.mail);

const recipients = (received: ReceivedMail[]) => received.map((r) => r.to[0]!.split('@')[0]).sort();
const to = (received: ReceivedMail[], key: string) => received.find((r) => r.to.includes(`${key}@test.example`))!;

describe('mail caused by the minutes and their uppdrag', () => {
  it('tells the owner of an uppdrag, the adjusters of the minutes, and the forum when they are published', async () => {
    await ctx.database.db
      .updateTable('users')
      .set({ locale: 'en' })
      .where('id', '=', ctx.fixture.user.english!.id)
      .execute();
    const created = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/meetings`, {
      title: 'Månadsmöte',
      meetingDate: '2031-03-06',
      adjusters: [{ userId: ctx.fixture.user.reporter!.id }],
    });
    expect(created.status).toBe(201);
    const meeting = created.body as { id: string; items: { id: string }[] };
    const url = `https://samverkan.test.example/moten/${meeting.id}`;
    expect((await as('coordinator', 'POST', `/api/meetings/${meeting.id}/hold`)).status).toBe(200);
    expect(await deliver()).toHaveLength(0);

    // An uppdrag to an organisation reaches its reporters; one to a person reaches that person.
    const item = meeting.items[0]!.id;
    const toOrganization = await as('coordinator', 'POST', `/api/agenda-items/${item}/actions`, {
      ownerOrganizationId: ctx.fixture.org.B,
      task: 'Sammanställ läget i hemtjänsten',
      dueDate: '2031-03-20',
      dueNextMeeting: false,
    });
    expect(toOrganization.status).toBe(200);
    await as('coordinator', 'POST', `/api/agenda-items/${item}/actions`, {
      ownerUserId: ctx.fixture.user.english!.id,
      task: 'Check the staffing figures',
      dueNextMeeting: true,
    });
    let received = await deliver();
    expect(recipients(received)).toEqual(['colleague', 'english', 'reporter']);
    const assigned = to(received, 'reporter');
    expect(assigned.mail.subject).toBe('Nytt uppdrag: Månadsmöte, Välfärdsrådet');
    expect(assigned.mail.text).toContain('Org B har fått ett uppdrag vid Månadsmöte (2031-03-06) i Välfärdsrådet:');
    expect(assigned.mail.text).toContain('Sammanställ läget i hemtjänsten');
    expect(assigned.mail.text).toContain('Klart senast: 2031-03-20');
    expect(assigned.mail.text).toContain(`Se uppdraget: ${url}`);
    expect(assigned.mail.html).toContain('<html lang="sv">');
    const english = to(received, 'english');
    expect(english.mail.subject).toBe('New task: Månadsmöte, Välfärdsrådet');
    expect(english.mail.text).toContain('Due: by the next meeting');
    expect(english.mail.text).toContain('Check the staffing figures');

    expect((await as('coordinator', 'POST', `/api/meetings/${meeting.id}/send-for-review`)).status).toBe(200);
    received = await deliver();
    expect(recipients(received)).toEqual(['reporter']);
    expect(received[0]!.mail.subject).toBe('Att justera: Månadsmöte, Välfärdsrådet, 2031-03-06');
    expect(received[0]!.mail.text).toContain('User coordinator har skickat anteckningarna från Månadsmöte');
    expect(received[0]!.mail.html).toContain(`<a href="${url}">Läs och justera</a>`);

    expect((await as('reporter', 'POST', `/api/meetings/${meeting.id}/approve`)).status).toBe(200);
    expect(await deliver()).toHaveLength(0);
    expect((await as('coordinator', 'POST', `/api/meetings/${meeting.id}/publish`)).status).toBe(200);
    received = await deliver();
    // Members and readers of the forum; a user with no role in it hears nothing.
    expect(recipients(received)).toEqual(['colleague', 'coordinator', 'english', 'reader', 'reporter']);
    expect(to(received, 'reader').mail.subject).toBe('Publicerat: Månadsmöte, Välfärdsrådet, 2031-03-06');
    expect(to(received, 'reader').mail.text).toContain('är justerade och publicerade');
    expect(to(received, 'english').mail.subject).toBe('Published: minutes of Månadsmöte, Välfärdsrådet, 2031-03-06');

    const mail = await as('coordinator', 'GET', `/api/meetings/${meeting.id}/mail`);
    const kinds = mail.body.map((m: { kind: string }) => m.kind);
    expect(kinds.filter((k: string) => k === 'action_assigned')).toHaveLength(3);
    expect(kinds.filter((k: string) => k === 'minutes_review')).toHaveLength(1);
    expect(kinds.filter((k: string) => k === 'minutes_published')).toHaveLength(5);
    expect(mail.body.every((m: { status: string }) => m.status === 'sent')).toBe(true);
  });

  it('writes no mail when the change is refused', async () => {
    const created = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/meetings`, {
      title: 'Möte utan justerare',
      meetingDate: '2031-04-03',
    });
    await as('coordinator', 'POST', `/api/meetings/${created.body.id}/hold`);
    const refused = await as('coordinator', 'POST', `/api/meetings/${created.body.id}/send-for-review`);
    expect(refused.status).toBe(422);
    expect(await deliver()).toHaveLength(0);
  });
});
