/**
 * Runs `task` while holding an exclusive lock shared by every page of the extension (options tabs, popup,
 * background), so two saves never interleave their chunk writes. The Web Locks API is shared by all contexts of one
 * origin, and `chrome-extension://<id>` is one origin. Where it is missing (tests, old browsers) an in-context queue
 * stands in; the compare-and-swap on the revision still catches a writer in another context.
 */
let queue: Promise<unknown> = Promise.resolve();

export function withWriteLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks?.request) return locks.request(name, task) as Promise<T>;
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}
