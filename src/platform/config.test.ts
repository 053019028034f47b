import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('mail configuration', () => {
  it('holds mail when no SMTP server is set, with links to the local server', () => {
    const config = loadConfig({ NODE_ENV: 'development', PORT: '4100' });
    expect(config.mail).toEqual({
      smtpUrl: undefined,
      from: 'Samverkan <samverkan@localhost>',
      appUrl: 'http://localhost:4100',
    });
  });

  it('reads the SMTP URL, the sender and the public URL for links', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      SAMVERKAN_SMTP_URL: 'smtp://user:secret@mail.region.example:587',
      SAMVERKAN_MAIL_FROM: 'Samverkan <samverkan@region.example>',
      SAMVERKAN_PUBLIC_URL: 'https://samverkan.region.example/',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtp://user:secret@mail.region.example:587',
      from: 'Samverkan <samverkan@region.example>',
      appUrl: 'https://samverkan.region.example',
    });
  });

  it('refuses an SMTP server without a sender, and in production without a public URL', () => {
    expect(() => loadConfig({ SAMVERKAN_SMTP_URL: 'smtp://mail.region.example' })).toThrow(/SAMVERKAN_MAIL_FROM/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        SAMVERKAN_SMTP_URL: 'smtp://mail.region.example',
        SAMVERKAN_MAIL_FROM: 'samverkan@region.example',
      }),
    ).toThrow(/SAMVERKAN_PUBLIC_URL/);
    expect(() => loadConfig({ SAMVERKAN_SMTP_URL: 'http://mail.region.example' })).toThrow(ConfigError);
  });
});
