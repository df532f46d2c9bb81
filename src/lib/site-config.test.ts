import { describe, expect, it } from 'vitest';
import { PUBLIC_ADDRESS, siteConfigFromEnv } from './site-config.ts';

describe('the public address', () => {
  it('comes from SITE_URL, as an origin', () => {
    expect(siteConfigFromEnv({ SITE_URL: 'https://arsip.example.go.id/' }).site).toBe(
      'https://arsip.example.go.id',
    );
  });

  it('is the site config’s own when SITE_URL is not set, and no guessed one', () => {
    expect(siteConfigFromEnv({}).site).toBe(PUBLIC_ADDRESS);
    expect(siteConfigFromEnv({ SITE_URL: '  ' }).site).toBe(PUBLIC_ADDRESS);
    expect(String(siteConfigFromEnv({}).site)).not.toMatch(/localhost/);
  });

  it('refuses what is not an origin, saying what to write instead', () => {
    expect(() => siteConfigFromEnv({ SITE_URL: 'arsip.example.go.id' })).toThrow(
      'SITE_URL "arsip.example.go.id" is not an address — expected e.g. https://arsip.example.go.id',
    );
    expect(() => siteConfigFromEnv({ SITE_URL: 'https://x.id/arsip/' })).toThrow(
      /with a sub-path in BASE_PATH/,
    );
    expect(() => siteConfigFromEnv({ SITE_URL: 'ftp://x.id' })).toThrow(/origin only/);
  });
});
