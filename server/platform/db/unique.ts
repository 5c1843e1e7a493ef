// A unique index that refuses a write becomes a 409 naming the field, instead of an anonymous conflict.
import { AppError } from '../http/errors.js';

function findPgError(err: unknown): { code?: string; constraint?: string } | undefined {
  let current: unknown = err;
  for (let depth = 0; current && depth < 4; depth++) {
    const { code, constraint } = current as { code?: unknown; constraint?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))
      return { code, constraint: typeof constraint === 'string' ? constraint : undefined };
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

// Rethrows `err` unchanged unless it is the violation of one of the given unique indexes.
export function translateUniqueViolation(err: unknown, fields: Record<string, string>): never {
  const pg = findPgError(err);
  const field = pg?.code === '23505' && pg.constraint ? fields[pg.constraint] : undefined;
  if (field) throw new AppError('duplicate', { field, params: { field } });
  throw err;
}

export async function withUniqueFields<T>(write: Promise<T>, fields: Record<string, string>): Promise<T> {
  try {
    return await write;
  } catch (err) {
    return translateUniqueViolation(err, fields);
  }
}
