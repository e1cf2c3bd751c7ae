/**
 * The imitation's clock. Defaults to real time; tests can freeze it (`setNow`) or shift it (`advance`).
 * Every timestamp the imitation renders (seed data, remaining times of native SLAs, rate-limit windows) uses it.
 */
export class FxClock {
  private frozenAt: number | null = null;
  private offset = 0;

  now(): number {
    return this.frozenAt ?? Date.now() + this.offset;
  }

  /** Freeze the clock at `at` (epoch ms). With `running: true` it keeps ticking from `at` instead. */
  set(at: number, running = false): void {
    if (running) {
      this.frozenAt = null;
      this.offset = at - Date.now();
    } else {
      this.frozenAt = at;
    }
  }

  advance(ms: number): void {
    if (this.frozenAt !== null) this.frozenAt += ms;
    else this.offset += ms;
  }

  /** Back to real time. */
  reset(): void {
    this.frozenAt = null;
    this.offset = 0;
  }

  get frozen(): boolean {
    return this.frozenAt !== null;
  }
}
