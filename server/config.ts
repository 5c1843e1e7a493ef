// The only reader of process.env: every setting is parsed and checked here, once, at start.
import path from 'node:path';
import { z } from 'zod';

const ZBoolean = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const ZConfigEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  // stored files (dossier attachments); DATA_DIR/files when unset
  FILES_DIR: z.string().min(1).optional(),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(200).default(20),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  DEMO_PASSWORD: z.string().min(8, 'must have at least 8 characters').default('Pilotage-2026!'),
  LOAD_DEMO: ZBoolean.default(true),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  COOKIE_SECURE: ZBoolean.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.url().optional(),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/\s]+/, 'must look like smtp://host:port or smtps://user:password@host:port')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Pilotage <no-reply@pilotage.local>'),
  JOBS_ENABLED: ZBoolean.default(true),
  JOB_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  // which proxies may tell the client's address in X-Forwarded-For: a number of hops, or their addresses
  TRUST_PROXY: z
    .string()
    .refine((v) => !['true', 'yes', '*'].includes(v.trim().toLowerCase()), {
      message:
        'trusting every proxy lets anyone choose their address (X-Forwarded-For); give the number of proxies in front, or their addresses',
    })
    .refine((v) => v.split(',').every((part) => /^[0-9a-fA-F:./]+$|^(loopback|linklocal|uniquelocal)$/.test(part.trim())), {
      message: 'must be a number of proxies, or a comma-separated list of addresses, CIDR ranges, loopback, linklocal or uniquelocal',
    })
    .optional(),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  filesDir: string;
  maxUploadBytes: number;
  embeddedPgPort: number;
  demoPassword: string;
  isDemoPasswordDefault: boolean;
  loadDemo: boolean;
  sessionTtlHours: number;
  cookieSecure: boolean;
  logLevel: string;
  publicUrl: string | undefined;
  loginMaxFailures: number;
  loginLockMinutes: number;
  // sign-in attempts per minute from one address
  loginAttemptsPerMinute: number;
  // unset: mail is written to the log instead of being sent
  smtpUrl: string | undefined;
  mailFrom: string;
  jobsEnabled: boolean;
  jobIntervalSeconds: number;
  // false: X-Forwarded-For is ignored and the address is the connection's
  trustProxy: false | number | string[];
};

export class ConfigError extends Error {}

// Throws a ConfigError naming every bad variable; main.ts prints it and exits.
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ZConfigEnv.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    env: c.NODE_ENV,
    host: c.HOST,
    port: c.PORT,
    databaseUrl: c.DATABASE_URL,
    dataDir: path.resolve(c.DATA_DIR),
    filesDir: path.resolve(c.FILES_DIR ?? path.join(c.DATA_DIR, 'files')),
    maxUploadBytes: Math.round(c.MAX_UPLOAD_MB * 1024 * 1024),
    embeddedPgPort: c.EMBEDDED_PG_PORT,
    demoPassword: c.DEMO_PASSWORD,
    isDemoPasswordDefault: cleaned.DEMO_PASSWORD === undefined,
    loadDemo: c.LOAD_DEMO,
    sessionTtlHours: c.SESSION_TTL_HOURS,
    cookieSecure: c.COOKIE_SECURE ?? c.NODE_ENV === 'production',
    logLevel: c.LOG_LEVEL,
    publicUrl: c.PUBLIC_URL,
    loginMaxFailures: c.LOGIN_MAX_FAILURES,
    loginLockMinutes: c.LOGIN_LOCK_MINUTES,
    loginAttemptsPerMinute: c.LOGIN_ATTEMPTS_PER_MINUTE,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    jobsEnabled: c.JOBS_ENABLED,
    jobIntervalSeconds: c.JOB_INTERVAL_SECONDS,
    trustProxy: parseTrustProxy(c.TRUST_PROXY),
  };
}

function parseTrustProxy(value: string | undefined): false | number | string[] {
  if (value === undefined || ['false', 'no', '0'].includes(value.trim().toLowerCase())) return false;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  return value.split(',').map((part) => part.trim());
}
