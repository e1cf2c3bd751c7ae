/**
 * Where the saved policy lives, and how it is written so that no reader ever sees a torn mix of two saves.
 *
 * Layout (same key names in `storage.sync` and `storage.local`):
 * - `policy:meta`   the envelope: format, revision, slot, chunk count, length, fingerprint, savedAt;
 * - `policy:a:<i>`, `policy:b:<i>`   the policy JSON cut into chunks `{ r: revision, d: text }`.
 *
 * A save writes the new chunks into the slot the current meta does *not* point at, then flips the meta, then removes
 * what is left over. Readers follow the meta and check every chunk's revision and the fingerprint; a reader racing a
 * save retries. A crash between the two steps leaves the old policy intact.
 *
 * The policy goes to sync (one item, or chunked) while a slot fits `SYNC_SLOT_BUDGET`, otherwise to local
 * ("this device only"). Sync's 100 KB total must hold both slots for a moment, hence the ~48 KB budget per slot.
 * Saves are compare-and-swap on the revision, under a cross-context lock.
 *
 * Light on purpose: content scripts read through this file (via `active-policy.ts`), so no zod, no React.
 */
import { browser } from 'wxt/browser';
import { chunkText, fingerprint, itemBytes } from './chunk-json';
import { withWriteLock } from './write-lock';

export const META_KEY = 'policy:meta';
/** The envelope format. Older layouts are brought up to it by `migrateStoredLayout` (migrations.ts). */
export const STORAGE_FORMAT = 1;
/** Chrome's `storage.sync.QUOTA_BYTES_PER_ITEM` (8 KB) less headroom for the `{ r, d }` wrapper. */
export const SYNC_ITEM_BUDGET = 8192 - 160;
/** Half of sync's 100 KB total less room for other settings: both slots coexist during a save. */
export const SYNC_SLOT_BUDGET = 48 * 1024;
/** Chunks in local have no per-item quota; large chunks keep writes few. */
const LOCAL_ITEM_BUDGET = 4 * 1024 * 1024;

export type StorageArea = 'sync' | 'local';
type Slot = 'a' | 'b';

export interface PolicyMeta {
  format: number;
  revision: string;
  slot: Slot;
  chunks: number;
  length: number;
  hash: string;
  savedAt: number;
  /** Set on a local save: why the policy is not in sync. */
  reason?: 'too-large' | 'sync-failed';
}

/** A saved policy as read back, with where it lives (the options page shows this). */
export interface StoredPolicy {
  /** The document as saved (it was validated by `parsePolicy` before saving). */
  document: unknown;
  revision: string;
  area: StorageArea;
  chunks: number;
  /** Bytes the policy takes in its area (sync quota accounting). */
  bytes: number;
  savedAt: number;
  reason?: PolicyMeta['reason'];
}

export type WriteOutcome =
  | { ok: true; stored: StoredPolicy }
  | { ok: false; conflict: true; current: StoredPolicy | null };

const chunkKey = (slot: Slot, index: number) => `policy:${slot}:${index}`;
const CHUNK_KEY = /^policy:[ab]:\d+$/;

/** True for every key of this layout; `watchActivePolicy` uses it to ignore unrelated storage changes. */
export function isPolicyStorageKey(key: string): boolean {
  return key === META_KEY || CHUNK_KEY.test(key);
}

function area(name: StorageArea) {
  return browser.storage[name];
}

function isMeta(value: unknown): value is PolicyMeta {
  const meta = value as PolicyMeta | undefined;
  return (
    typeof meta === 'object' &&
    meta !== null &&
    typeof meta.revision === 'string' &&
    (meta.slot === 'a' || meta.slot === 'b') &&
    Number.isInteger(meta.chunks) &&
    meta.chunks > 0
  );
}

async function readMeta(name: StorageArea): Promise<PolicyMeta | undefined> {
  try {
    const value = (await area(name).get(META_KEY))[META_KEY];
    return isMeta(value) ? value : undefined;
  } catch (error) {
    console.warn(`[sla:store] cannot read storage.${name}`, error);
    return undefined;
  }
}

/** The chunks behind `meta`, or undefined when a save raced us (revision mismatch) or data is damaged. */
async function readChunks(name: StorageArea, meta: PolicyMeta): Promise<StoredPolicy | undefined> {
  const keys = Array.from({ length: meta.chunks }, (_, i) => chunkKey(meta.slot, i));
  const items = await area(name).get(keys);
  let text = '';
  let bytes = itemBytes(META_KEY, meta);
  for (const key of keys) {
    const chunk = items[key] as { r?: unknown; d?: unknown } | undefined;
    if (!chunk || chunk.r !== meta.revision || typeof chunk.d !== 'string') return undefined;
    text += chunk.d;
    bytes += itemBytes(key, chunk);
  }
  if (text.length !== meta.length || fingerprint(text) !== meta.hash) return undefined;
  try {
    return {
      document: JSON.parse(text),
      revision: meta.revision,
      area: name,
      chunks: meta.chunks,
      bytes,
      savedAt: meta.savedAt,
      reason: meta.reason,
    };
  } catch {
    return undefined;
  }
}

/**
 * Reads the saved policy: the newer of the sync and local envelopes. Returns null when nothing is saved (or what is
 * saved is damaged beyond a retry, which is logged).
 */
export async function readStoredPolicy(): Promise<StoredPolicy | null> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const [sync, local] = await Promise.all([readMeta('sync'), readMeta('local')]);
    const candidates = (
      [
        ['sync', sync],
        ['local', local],
      ] as const
    )
      .filter((entry): entry is readonly [StorageArea, PolicyMeta] => entry[1] !== undefined)
      .sort((x, y) => y[1].savedAt - x[1].savedAt);
    if (candidates.length === 0) return null;
    for (const [name, meta] of candidates) {
      const stored = await readChunks(name, meta);
      if (stored) return stored;
    }
    // A save was between its chunk write and its meta flip: read again.
    await new Promise((resolve) => setTimeout(resolve, 25 * (attempt + 1)));
  }
  console.warn('[sla:store] the saved policy is damaged or keeps changing; ignoring it');
  return null;
}

/** `${counter}.${random}`: ordered for humans, unique across devices that save at the same counter. */
function nextRevision(previous: string | undefined): string {
  const counter = Number.parseInt(previous ?? '0', 10) || 0;
  return `${counter + 1}.${Math.random().toString(36).slice(2, 8)}`;
}

interface Plan {
  area: StorageArea;
  items: Record<string, unknown>;
  meta: PolicyMeta;
  bytes: number;
}

function plan(name: StorageArea, text: string, revision: string, slot: Slot, reason?: PolicyMeta['reason']): Plan {
  const pieces = chunkText(text, name === 'sync' ? SYNC_ITEM_BUDGET : LOCAL_ITEM_BUDGET);
  const items: Record<string, unknown> = {};
  pieces.forEach((d, i) => (items[chunkKey(slot, i)] = { r: revision, d }));
  const meta: PolicyMeta = {
    format: STORAGE_FORMAT,
    revision,
    slot,
    chunks: pieces.length,
    length: text.length,
    hash: fingerprint(text),
    savedAt: Date.now(),
    ...(reason && { reason }),
  };
  const bytes = Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), itemBytes(META_KEY, meta));
  return { area: name, items, meta, bytes };
}

/** Keys of this layout in `name` that `keep` does not hold. */
async function leftovers(name: StorageArea, keep: Record<string, unknown>): Promise<string[]> {
  const all = await area(name).get(null);
  return Object.keys(all).filter((key) => CHUNK_KEY.test(key) && !(key in keep));
}

async function commit(target: Plan): Promise<void> {
  await area(target.area).set(target.items);
  await area(target.area).set({ [META_KEY]: target.meta });
  const stale = await leftovers(target.area, target.items);
  if (stale.length) await area(target.area).remove(stale);
  // The other area must not hold an envelope that could shadow this one.
  const other: StorageArea = target.area === 'sync' ? 'local' : 'sync';
  const otherKeys = [META_KEY, ...(await leftovers(other, {}))];
  await area(other).remove(otherKeys).catch((error: unknown) => {
    console.warn(`[sla:store] could not clear the old policy from storage.${other}`, error);
  });
}

export interface WriteOptions {
  /**
   * The revision the caller's edit is based on (`null`: nothing was saved). When the stored revision differs, the
   * write is refused with `conflict`. Omit it to overwrite whatever is there.
   */
  expectedRevision?: string | null;
}

/**
 * Saves a validated policy document. Never leaves a torn policy behind; refuses (without writing) when another
 * context saved since `expectedRevision`.
 */
export function writeStoredPolicy(document: unknown, options: WriteOptions = {}): Promise<WriteOutcome> {
  return withWriteLock('sla-policy-write', async () => {
    const current = await readStoredPolicy();
    if (options.expectedRevision !== undefined && (current?.revision ?? null) !== options.expectedRevision) {
      return { ok: false, conflict: true, current };
    }
    const text = JSON.stringify(document);
    const revision = nextRevision(current?.revision);
    const [syncMeta, localMeta] = await Promise.all([readMeta('sync'), readMeta('local')]);
    const freeSlot = (meta: PolicyMeta | undefined): Slot => (meta?.slot === 'a' ? 'b' : 'a');

    let target = plan('sync', text, revision, freeSlot(syncMeta));
    if (target.bytes > SYNC_SLOT_BUDGET) {
      target = plan('local', text, revision, freeSlot(localMeta), 'too-large');
    }
    try {
      await commit(target);
    } catch (error) {
      if (target.area !== 'sync') throw error;
      // Sync refused (quota, write-rate limit, sync disabled by policy): keep the policy on this device.
      console.warn('[sla:store] storage.sync refused the policy; saving it locally', error);
      target = plan('local', text, revision, freeSlot(localMeta), 'sync-failed');
      await commit(target);
    }
    const stored: StoredPolicy = {
      document,
      revision,
      area: target.area,
      chunks: target.meta.chunks,
      bytes: target.bytes,
      savedAt: target.meta.savedAt,
      reason: target.meta.reason,
    };
    return { ok: true, stored };
  });
}
