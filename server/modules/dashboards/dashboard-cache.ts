// Computed dashboards kept in memory, per server instance, until their administration's data changes.
// The version stamp is the id of the administration's latest audit event: every write records one in its
// own transaction, so any change (a measurement, a target, a structure renamed...) invalidates. The stamp
// is read before the data, so an entry is never older than its stamp. The day is part of the key too
// (who holds a post "today" can change at midnight). Data written around the application (SQL by hand)
// is not seen until the next audited write.
import type { Database } from '../../platform/db/client.js';
import { todayIso } from '../../platform/dates.js';
import { findDataVersion } from '../audit/audit.service.js';

export type DashboardCache = {
  get: <T>(db: Database, administrationId: string, key: string, compute: () => Promise<T>) => Promise<T>;
  clear: () => void;
};

export function createDashboardCache(maxEntries = 200): DashboardCache {
  const entries = new Map<string, { stamp: string; value: Promise<unknown> }>();
  return {
    async get<T>(db: Database, administrationId: string, key: string, compute: () => Promise<T>): Promise<T> {
      const stamp = `${await findDataVersion(db, administrationId)}|${todayIso()}`;
      const entryKey = `${administrationId}|${key}`;
      const hit = entries.get(entryKey);
      if (hit && hit.stamp === stamp) {
        // most recently used last, so the oldest goes first when full
        entries.delete(entryKey);
        entries.set(entryKey, hit);
        return hit.value as Promise<T>;
      }
      // concurrent requests for the same dashboard share one computation
      const value = compute();
      entries.set(entryKey, { stamp, value });
      value.catch(() => {
        if (entries.get(entryKey)?.value === value) entries.delete(entryKey);
      });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return value;
    },
    clear: () => entries.clear(),
  };
}
