import type { Prng } from "./prng";

/** The last `capacity` items, with a draw biased towards the newest. */
export class RecentRing<T> {
  private readonly items: T[] = [];
  private head = 0;

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    if (this.items.length < this.capacity) this.items.push(item);
    else this.items[this.head] = item;
    this.head = (this.head + 1) % this.capacity;
  }

  /** Quadratic bias: scores arrive shortly after the thing they judge, rarely much later. */
  pickRecent(rng: Prng): T {
    const length = this.items.length;
    const back = Math.floor(rng.float() * rng.float() * length);
    const newest = (this.head - 1 + this.capacity) % this.capacity;
    return this.items[(Math.min(newest, length - 1) - back + length) % length];
  }
}
