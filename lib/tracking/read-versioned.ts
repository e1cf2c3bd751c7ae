/**
 * Reads a stored, versioned document: runs the migrations from its version up to `current`, and falls back to
 * `empty()` for anything it can't trust (missing, malformed, or written by a newer build after a downgrade). Tracking
 * data is a cache of what the helpdesk pages show, so starting empty is always safe; crashing the worker is not.
 */
export interface VersionedSpec<T extends { version: number }> {
  current: T['version'];
  /** `migrations[n]` turns a version `n - 1` document into version `n`. */
  migrations: Record<number, (previous: unknown) => unknown>;
  /** Checks (and may repair) a document of the current version; `undefined` rejects it. */
  accept: (document: { version: number }) => T | undefined;
  empty: () => T;
}

export function readVersioned<T extends { version: number }>(raw: unknown, spec: VersionedSpec<T>): T {
  if (!isVersioned(raw)) return spec.empty();
  let document: unknown = raw;
  for (let version = raw.version + 1; version <= spec.current; version++) {
    const migrate = spec.migrations[version];
    if (!migrate) return spec.empty();
    document = migrate(document);
  }
  if (!isVersioned(document) || document.version !== spec.current) return spec.empty();
  return spec.accept(document) ?? spec.empty();
}

function isVersioned(value: unknown): value is { version: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { version?: unknown }).version === 'number' &&
    Number.isInteger((value as { version: number }).version) &&
    (value as { version: number }).version >= 0
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
