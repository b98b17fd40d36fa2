/** Transactions on several connections that must all commit, or all roll back. */

/**
 * Each table is loaded by its own COPY on its own connection, concurrently. Every transaction
 * waits here until all of them have finished their work, then commits; if one fails, all roll
 * back, so a failed or interrupted seed leaves no partial rows behind.
 */
export class CommitBarrier {
  private arrived = 0;
  private failure: unknown = null;
  private readonly waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];

  constructor(private readonly parties: number) {}

  get error(): unknown {
    return this.failure;
  }

  arrive(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const done = new Promise<void>((resolve, reject) => this.waiting.push({ resolve, reject }));
    if (++this.arrived === this.parties) for (const w of this.waiting) w.resolve();
    return done;
  }

  fail(error: unknown): void {
    this.failure ??= error;
    for (const w of this.waiting) w.reject(this.failure);
  }
}
