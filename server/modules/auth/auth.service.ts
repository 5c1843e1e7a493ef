import type { Config } from '../../config.js';
import type { Database } from '../../platform/db/client.js';
import { dummyPasswordHash, verifyPassword } from '../../platform/auth/password.js';
import { hashToken, newToken } from '../../platform/auth/tokens.js';
import type { Actor } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { hitRateLimit } from '../../platform/rate-limit/rate-limit.js';
import * as repo from './auth.repository.js';

const LOGIN_WINDOW_SECONDS = 60;

export async function login(
  db: Database,
  config: Config,
  input: { email: string; password: string; ip: string; userAgent: string | undefined; requestId: string },
) {
  const limit = await hitRateLimit(db, `login:${input.ip}`, LOGIN_WINDOW_SECONDS);
  if (limit.hits > config.loginAttemptsPerMinute) throw new AppError('rate_limited', { params: { seconds: limit.retryAfter } });

  const user = await repo.findUserByEmail(db, input.email);
  const isValid = await verifyPassword(input.password, user?.passwordHash ?? dummyPasswordHash);
  if (!user || !user.isActive) throw new AppError('invalid_credentials');
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    throw new AppError('account_locked', { params: { minutes: Math.ceil((user.lockedUntil.getTime() - Date.now()) / 60000) } });
  }
  if (!isValid) {
    const after = await repo.recordLoginFailure(db, user.id, config.loginMaxFailures, config.loginLockMinutes);
    if (after?.lockedUntil && after.lockedUntil > new Date()) {
      throw new AppError('account_locked', { params: { minutes: config.loginLockMinutes } });
    }
    throw new AppError('invalid_credentials');
  }

  const token = newToken();
  const csrfToken = newToken();
  await db.transaction(async (tx) => {
    await repo.recordLoginSuccess(tx, user.id);
    await repo.insertSession(tx, {
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken,
      expiresAt: new Date(Date.now() + config.sessionTtlHours * 3600_000),
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      ip: input.ip,
    });
    await recordAudit(
      tx,
      { administrationId: '', requestId: input.requestId, actor: { userId: user.id, fullName: user.fullName } },
      {
        action: 'session.login',
        entityType: 'user',
        entityId: user.id,
        after: { ip: input.ip },
      },
    );
  });
  return { token, maxAgeSeconds: config.sessionTtlHours * 3600 };
}

export async function logout(db: Database, actor: Actor, tokenHash: string, requestId: string) {
  await db.transaction(async (tx) => {
    await repo.deleteSession(tx, tokenHash);
    await recordAudit(
      tx,
      { administrationId: '', requestId, actor },
      { action: 'session.logout', entityType: 'user', entityId: actor.userId },
    );
  });
}

export async function findActorBySession(db: Database, tokenHash: string): Promise<Actor | null> {
  const row = await repo.findSessionWithUser(db, tokenHash);
  if (!row) return null;
  return {
    userId: row.user.id,
    email: row.user.email,
    fullName: row.user.fullName,
    locale: row.user.locale,
    isPlatformAdmin: row.user.isPlatformAdmin,
    csrfToken: row.session.csrfToken,
  };
}

// The language is remembered per user, not per browser.
export async function setLocale(db: Database, actor: Actor, locale: 'fr' | 'en', requestId: string) {
  await db.transaction(async (tx) => {
    await repo.updateUserLocale(tx, actor.userId, locale);
    await recordAudit(
      tx,
      { administrationId: '', requestId, actor },
      {
        action: 'user.set_locale',
        entityType: 'user',
        entityId: actor.userId,
        before: { locale: actor.locale },
        after: { locale },
      },
    );
  });
}

// The actor behind a credential other than a session (a calendar feed token): active users only.
export async function findActiveActor(db: Database, userId: string): Promise<Actor | null> {
  const user = await repo.findUserById(db, userId);
  if (!user || !user.isActive) return null;
  return {
    userId: user.id,
    email: user.email,
    fullName: user.fullName,
    locale: user.locale,
    isPlatformAdmin: user.isPlatformAdmin,
    csrfToken: '',
  };
}
