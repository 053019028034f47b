import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD, useTestApp } from '../../test/app.ts';

// Two failures pause an address; four from anywhere start the account's growing delay.
const ctx = useTestApp(undefined, { SAMVERKAN_LOGIN_MAX_FAILURES: '2', SAMVERKAN_LOGIN_WINDOW_MINUTES: '60' });

const signIn = (email: string, password: string, remoteAddress: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { email, password } });

/** Moves every recorded attempt into the past, as if the caller had waited. */
async function waitSeconds(seconds: number) {
  await ctx.database.db
    .updateTable('loginAttempts')
    .set({ at: sql`at - make_interval(secs => ${seconds})` })
    .execute();
}

describe('failed sign-ins', () => {
  it('pause only the address they come from: the attacked user still signs in from elsewhere', async () => {
    const email = 'admin@test.example';
    expect((await signIn(email, 'wrong', '198.51.100.1')).statusCode).toBe(401);
    expect((await signIn(email, 'wrong', '198.51.100.1')).statusCode).toBe(401);
    const paused = await signIn(email, TEST_PASSWORD, '198.51.100.1');
    expect(paused.statusCode).toBe(429);
    expect(paused.headers['content-type']).toContain('application/problem+json');
    expect(paused.json()).toMatchObject({ code: 'auth.too_many_failures', retryAfterMinutes: 60 });
    expect(paused.json().detail).toMatch(/från din adress\. Vänta 60 min/);
    expect((await signIn(email, TEST_PASSWORD, '192.0.2.10')).statusCode).toBe(200);
  });

  it('from many addresses delay further tries on the account exponentially, up to a minute, never locking it', async () => {
    const email = 'coordinator@test.example';
    for (let i = 1; i <= 4; i++) expect((await signIn(email, 'wrong', `203.0.113.${i}`)).statusCode).toBe(401);
    const delayed = await signIn(email, TEST_PASSWORD, '203.0.113.50');
    expect(delayed.statusCode).toBe(429);
    expect(delayed.json()).toMatchObject({ code: 'auth.sign_in_delayed', retryAfterSeconds: 1 });
    expect(delayed.json().detail).toBe(
      'Många misslyckade inloggningsförsök har gjorts för den här e-postadressen. Vänta 1 s och försök igen.',
    );

    const delays: number[] = [];
    for (let i = 5; i <= 12; i++) {
      await waitSeconds(120);
      expect((await signIn(email, 'wrong', `203.0.113.${i}`)).statusCode).toBe(401);
      delays.push((await signIn(email, 'wrong', '203.0.113.99')).json().retryAfterSeconds);
    }
    expect(delays).toEqual([2, 4, 8, 16, 32, 60, 60, 60]);

    // Refused tries are not counted, so waiting out the delay always lets the owner in.
    await waitSeconds(60);
    expect((await signIn(email, TEST_PASSWORD, '203.0.113.50')).statusCode).toBe(200);
  });

  it('do not delay the account from an address it has signed in from before', async () => {
    const email = 'reporter@test.example';
    expect((await signIn(email, TEST_PASSWORD, '192.0.2.77')).statusCode).toBe(200);
    for (let i = 1; i <= 4; i++) expect((await signIn(email, 'wrong', `203.0.113.${i}`)).statusCode).toBe(401);
    expect((await signIn(email, TEST_PASSWORD, '203.0.113.60')).statusCode).toBe(429);
    expect((await signIn(email, TEST_PASSWORD, '192.0.2.77')).statusCode).toBe(200);
  });

  it('are forgotten after the window', async () => {
    const email = 'reader@test.example';
    expect((await signIn(email, 'wrong', '198.51.100.9')).statusCode).toBe(401);
    expect((await signIn(email, 'wrong', '198.51.100.9')).statusCode).toBe(401);
    expect((await signIn(email, TEST_PASSWORD, '198.51.100.9')).statusCode).toBe(429);
    await waitSeconds(60 * 60 + 1);
    expect((await signIn(email, TEST_PASSWORD, '198.51.100.9')).statusCode).toBe(200);
  });
});
