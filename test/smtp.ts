import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { afterAll } from 'vitest';
import { createMailSender } from '../src/outbox/service.ts';
import type { Config } from '../src/platform/config.ts';
import type { Db } from '../src/platform/db.ts';

export interface ReceivedMail {
  from: string;
  to: string[];
  mail: ParsedMail;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const servers: SMTPServer[] = [];

/** Stops every server started since the last call. */
export async function stopSmtpServers(): Promise<void> {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
}

// Registered when a test file imports this module, so every server it started is stopped after it. Where a worker
// shares its modules between files (the server project on PGlite, isolate: false) this runs for the first file only, so
// test/each-file.ts registers the same for every file.
afterAll(stopSmtpServers);

/**
 * A real SMTP server on a free port, stopped after the test file; `refuse` makes it answer RCPT TO
 * with an error instead (until `accept()`), `delayMs` makes it slow to accept each message.
 */
export async function startSmtp(options: { refuse?: { code: number; message: string }; delayMs?: number } = {}) {
  const { delayMs = 0 } = options;
  let refuse = options.refuse;
  const received: ReceivedMail[] = [];
  let rcptAttempts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address: SMTPServerAddress, _session, callback) {
      rcptAttempts++;
      if (!refuse) return callback();
      callback(Object.assign(new Error(refuse.message), { responseCode: refuse.code }));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          await sleep(delayMs);
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            mail,
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  servers.push(server);
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    rcptAttempts: () => rcptAttempts,
    accept: () => {
      refuse = undefined;
    },
  };
}

/** Hands everything due in the outbox to a fresh SMTP server and returns what it received. */
export async function deliverQueued(db: Db, mail: Config['mail']): Promise<ReceivedMail[]> {
  const smtp = await startSmtp();
  const sender = createMailSender({ db, mail: { ...mail, smtpUrl: smtp.url } });
  try {
    while ((await sender.runOnce()) > 0);
  } finally {
    sender.close();
  }
  return smtp.received;
}
