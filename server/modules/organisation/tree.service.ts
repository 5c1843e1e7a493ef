// The whole organisation on a date as flat lists (the client builds the tree), and who acts for a post.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Queryable } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { todayIso } from '../../platform/dates.js';
import type { TTree } from './organisation.contract.js';
import { listHoldersOn, type PostHolder } from './holders.service.js';
import { selectOrganisationVersion } from './organisation.repository.js';
import { findOrNotFound } from './references.service.js';
import { resolveActing, type PostOccupancy, type SuccessionContext } from './resolve-acting.js';
import {
  selectPostTitles,
  selectSuccessionRules,
  selectTreePosts,
  selectTreeRanks,
  selectTreeStructures,
  type TreePostRow,
} from './tree.repository.js';

// Four queries whatever the size of the administration; everything else happens in memory.
export async function getTree(db: Queryable, access: Access, date = todayIso()): Promise<TTree> {
  assertCan(access, 'organisation.read');
  const administrationId = access.administrationId;
  const [structures, posts, ranks, holders] = await Promise.all([
    selectTreeStructures(db, administrationId),
    selectTreePosts(db, administrationId),
    selectTreeRanks(db, administrationId),
    listHoldersOn(db, administrationId, date),
  ]);
  // the rows are ours: complete them in place rather than copying 1,500 objects
  const withHolders = posts as (TreePostRow & { holders: PostHolder[]; acting: PostHolder[] })[];
  for (const post of withHolders) {
    const entry = holders.get(post.id);
    post.holders = entry?.holders ?? [];
    post.acting = entry?.acting ?? [];
  }
  return { date, structures, posts: withHolders, ranks };
}

// The tree of a large administration is ~1 MB of JSON, read far more often than it changes: keep the last
// ones serialised, and serve them while the organisation's version is unchanged (one primary-key lookup; every
// organisation write raises it in its own transaction, see beginOrganisationWrite).
const MAX_CACHED_TREES = 20;
const gzipAsync = promisify(gzip);
export type TreeJson = { json: Buffer; etag: string; gzipped: () => Promise<Buffer> };
type CachedTree = TreeJson & { version: number };
const treeCaches = new WeakMap<Queryable, Map<string, CachedTree>>();

// The tree as UTF-8 JSON, ready to send, with an entity tag for conditional requests.
export async function getTreeJson(db: Queryable, access: Access, date = todayIso()): Promise<TreeJson> {
  assertCan(access, 'organisation.read');
  const cache = treeCaches.get(db) ?? new Map<string, CachedTree>();
  treeCaches.set(db, cache);
  const key = `${access.administrationId}|${date}`;
  // read before the data: a write committed in between is served now and leaves a stale version, so the next
  // call rebuilds
  const version = await selectOrganisationVersion(db, access.administrationId);
  const cached = cache.get(key);
  if (cached?.version === version) return cached;
  const json = Buffer.from(JSON.stringify(await getTree(db, access, date)));
  // compressed once per version, on the thread pool, when a client first accepts it (~140 KB instead of ~800 KB)
  let gzipping: Promise<Buffer> | undefined;
  const entry = {
    version,
    json,
    etag: `"${createHash('sha1').update(json).digest('base64url')}"`,
    gzipped: () => (gzipping ??= gzipAsync(json)),
  };
  cache.delete(key);
  cache.set(key, entry);
  if (cache.size > MAX_CACHED_TREES) cache.delete(cache.keys().next().value!);
  return entry;
}

// Holder if present; else the interim; else the succession rules of the context (then 'any'), in order.
export async function getActing(db: Queryable, access: Access, postId: string, context: SuccessionContext, date = todayIso()) {
  assertCan(access, 'organisation.read');
  await findOrNotFound(db, access, 'post', postId);
  const rules = await selectSuccessionRules(db, access.administrationId, postId);
  const postIds = [postId, ...rules.map((r) => r.substitutePostId)];
  const [titles, holders] = await Promise.all([
    selectPostTitles(db, access.administrationId, postIds),
    listHoldersOn(db, access.administrationId, date, postIds),
  ]);
  const occupancy = new Map<string, PostOccupancy>();
  for (const { id, title } of titles) {
    const entry = holders.get(id);
    occupancy.set(id, { postId: id, postTitle: title, holders: entry?.holders ?? [], interims: entry?.acting ?? [] });
  }
  return { date, postId, context, ...resolveActing({ postId, context, occupancy, rules }) };
}
