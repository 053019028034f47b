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

describe('single sign-on configuration', () => {
  const oidc = {
    SAMVERKAN_OIDC_ISSUER: 'https://idp.region.example/realms/samverkan',
    SAMVERKAN_OIDC_CLIENT_ID: 'samverkan',
    SAMVERKAN_OIDC_CLIENT_SECRET: 'secret',
    SAMVERKAN_OIDC_REDIRECT_URL: 'https://samverkan.region.example/api/auth/oidc/callback',
  };

  it('is off without the variables, and password sign-in cannot be forced shut', () => {
    const config = loadConfig({});
    expect(config.oidc).toBeUndefined();
    expect(config.forcePasswordSignIn).toBe(false);
  });

  it('reads the provider, with the issuer host as the button name and the sign-in page for after sign-out', () => {
    const config = loadConfig({ NODE_ENV: 'production', ...oidc, SAMVERKAN_OIDC_HSA_ID_CLAIM: 'employeeHsaId' });
    expect(config.oidc).toMatchObject({
      clientId: 'samverkan',
      name: 'idp.region.example',
      scopes: 'openid email profile',
      hsaIdClaim: 'employeeHsaId',
    });
    expect(config.oidc!.postLogoutRedirectUrl.href).toBe('https://samverkan.region.example/logga-in');
  });

  it('names each missing variable, a wrong callback path and plain http in production', () => {
    const { SAMVERKAN_OIDC_CLIENT_SECRET: _secret, ...withoutSecret } = oidc;
    expect(() => loadConfig(withoutSecret)).toThrow(/SAMVERKAN_OIDC_CLIENT_SECRET: required/);
    expect(() =>
      loadConfig({ ...oidc, SAMVERKAN_OIDC_REDIRECT_URL: 'https://samverkan.region.example/callback' }),
    ).toThrow(/must end in \/api\/auth\/oidc\/callback/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', ...oidc, SAMVERKAN_OIDC_ISSUER: 'http://idp.region.example' }),
    ).toThrow(/SAMVERKAN_OIDC_ISSUER: must be https in production/);
  });
});
