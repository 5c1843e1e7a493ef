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

  it('keeps stored files under DATA_DIR unless FILES_DIR says otherwise', () => {
    expect(readConfig({ DATA_DIR: '/srv/pilotage' }).filesDir).toBe('/srv/pilotage/files');
    expect(readConfig({ DATA_DIR: '/srv/pilotage', FILES_DIR: '/mnt/files' }).filesDir).toBe('/mnt/files');
    expect(readConfig({ MAX_UPLOAD_MB: '5' }).maxUploadBytes).toBe(5 * 1024 * 1024);
    expect(() => readConfig({ MAX_UPLOAD_MB: 'lots' })).toThrow(/MAX_UPLOAD_MB/);
  });

  it('treats empty variables as unset', () => {
    expect(readConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(3000);
  });

  it('marks a chosen demo password', () => {
    expect(readConfig({ DEMO_PASSWORD: 'another-secret' }).isDemoPasswordDefault).toBe(false);
  });

  it('reads the mail, jobs and files settings', () => {
    const defaults = readConfig({});
    expect(defaults.smtpUrl).toBeUndefined();
    expect(defaults.jobsEnabled).toBe(true);
    expect(defaults.jobIntervalSeconds).toBe(60);
    expect(defaults.filesDir.endsWith('/data/files')).toBe(true);
    const set = readConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', JOBS_ENABLED: 'false', JOB_INTERVAL_SECONDS: '5', DATA_DIR: '/tmp/x' });
    expect(set.smtpUrl).toBe('smtp://127.0.0.1:2525');
    expect(set.jobsEnabled).toBe(false);
    expect(set.jobIntervalSeconds).toBe(5);
    expect(set.filesDir).toBe('/tmp/x/files');
  });

  it('names a malformed SMTP_URL', () => {
    expect(() => readConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
  });
});

describe('proxy trust', () => {
  it('ignores X-Forwarded-For unless told which proxies to believe', () => {
    expect(readConfig({}).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(readConfig({ TRUST_PROXY: '10.0.0.5, loopback,10.8.0.0/16' }).trustProxy).toEqual(['10.0.0.5', 'loopback', '10.8.0.0/16']);
  });

  it('refuses to trust every proxy, and names the variable', () => {
    expect(() => readConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: trusting every proxy/);
    expect(() => readConfig({ TRUST_PROXY: 'proxy.example' })).toThrow(/TRUST_PROXY: must be a number of proxies/);
  });
});

describe('mail settings', () => {
  it('write to the log by default and refuse an SMTP address that is not one', () => {
    expect(readConfig({}).smtpUrl).toBeUndefined();
    expect(readConfig({ SMTP_URL: 'smtps://user:secret@smtp.example.bj:465' }).smtpUrl).toBe('smtps://user:secret@smtp.example.bj:465');
    expect(() => readConfig({ SMTP_URL: 'mail.example.bj' })).toThrow(/SMTP_URL/);
  });
});
