import { describe, expect, it } from 'vitest';
import {
  CONTACT,
  CURATORS,
  contactAddress,
  PUBLIC_ADDRESS,
  siteConfigFromEnv,
} from './site-config.ts';

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

describe('the curators and their contact address', () => {
  it('are unset until written in the site config or given at build time, never guessed', () => {
    expect(siteConfigFromEnv({}).curators).toBe(CURATORS);
    expect(siteConfigFromEnv({}).contact).toEqual(CONTACT && contactAddress(CONTACT));
    expect(siteConfigFromEnv({ ARCHIVE_CURATORS: ' ', ARCHIVE_CONTACT: '' }).curators).toBe(
      CURATORS,
    );
  });

  it('come from ARCHIVE_CURATORS and ARCHIVE_CONTACT: an e-mail address or a web address', () => {
    const config = siteConfigFromEnv({
      ARCHIVE_CURATORS: 'Tim Arsip',
      ARCHIVE_CONTACT: 'arsip@example.go.id',
    });
    expect(config.curators).toBe('Tim Arsip');
    expect(config.contact).toEqual({
      text: 'arsip@example.go.id',
      href: 'mailto:arsip@example.go.id',
    });
    expect(contactAddress('mailto:arsip@example.go.id').text).toBe('arsip@example.go.id');
    expect(contactAddress('https://example.go.id/kontak')).toEqual({
      text: 'https://example.go.id/kontak',
      href: 'https://example.go.id/kontak',
    });
  });

  it('refuse a contact that is neither, saying what to write', () => {
    for (const bad of ['arsip', 'javascript:alert(1)', 'ftp://x.id', 'a@b'])
      expect(() => contactAddress(bad), bad).toThrow(
        /is neither an e-mail address nor a web address — expected e\.g\. arsip@example\.go\.id/,
      );
  });
});
