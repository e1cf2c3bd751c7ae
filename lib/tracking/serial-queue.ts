/**
 * Runs async jobs one after another. The background's message handler and alarm both read-modify-write the same
 * storage keys; without this, an alarm run could overwrite tickets a message added a moment before.
 */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}
