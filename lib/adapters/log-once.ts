/**
 * Logs a message once per page load. Selector misses and lookup failures repeat on every mutation batch, so a
 * plain `console.warn` would flood the console (RGH warns once per stack for the same reason).
 */
import type { Helpdesk } from '../sla/types';

const seen = new Set<string>();

export function logOnce(helpdesk: Helpdesk, message: string, detail?: unknown): void {
  const line = `[sla:${helpdesk}] ${message}`;
  if (seen.has(line)) return;
  seen.add(line);
  if (detail === undefined) console.warn(line);
  else console.warn(line, detail);
}

/** Tests only: forget what was logged. */
export function resetLogOnce(): void {
  seen.clear();
}
