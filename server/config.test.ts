import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.js';

describe('readConfig', () => {
  it('gives working defaults for a fresh machine', () => {
    const config = readConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.isDemoPasswordDefault).toBe(true);
  });

  it('names every bad variable', () => {
    expect(() => readConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', DEMO_PASSWORD: 'short' })).toThrow(ConfigError);
    try {
      readConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
    } catch (err) {
      expect((err as Error).message).toContain('PORT');
      expect((err as Error).message).toContain('DATABASE_URL');
    }
  });

  it('treats empty variables as unset', () => {
    expect(readConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(3000);
  });

  it('marks a chosen demo password', () => {
    expect(readConfig({ DEMO_PASSWORD: 'another-secret' }).isDemoPasswordDefault).toBe(false);
  });
});

describe('mail settings', () => {
  it('write to the log by default and refuse an SMTP address that is not one', () => {
    expect(readConfig({}).smtpUrl).toBeUndefined();
    expect(readConfig({ SMTP_URL: 'smtps://user:secret@smtp.example.bj:465' }).smtpUrl).toBe('smtps://user:secret@smtp.example.bj:465');
    expect(() => readConfig({ SMTP_URL: 'mail.example.bj' })).toThrow(/SMTP_URL/);
  });
});
