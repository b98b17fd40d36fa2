import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import type { CopyEncoder } from "./copy-format";
import type { RowSink } from "./plan-types";

/** Lines are UTF-8 encoded straight into buffers of this size: few, large socket writes. */
const CHUNK_BYTES = 1024 * 1024;
/**
 * Bytes handed to the stream but not yet to the socket. Generation pauses above HIGH and
 * resumes below LOW, so the server always has queued rows while the next slice is generated.
 * (Waiting for 'drain' would wait for an empty buffer: generator and server would take turns.)
 */
const HIGH_WATER = 8 * 1024 * 1024;
const LOW_WATER = 2 * 1024 * 1024;

/**
 * Encodes COPY lines into buffers and writes them to a `copy … from stdin` stream, pausing when
 * too much is in flight, so memory stays bounded however many rows are generated. Writing each
 * line into a Buffer at once (instead of joining strings) keeps the garbage collector, which
 * otherwise took a third of the generator's time, out of the way.
 */
export class CopySink<Row extends object> implements RowSink<Row> {
  private buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private ready: Buffer[] = [];
  private stream: Writable | null = null;
  private failure: unknown = null;
  private inFlight = 0;
  private resume: (() => void) | null = null;

  constructor(private readonly encoder: CopyEncoder<Row>) {}

  get statement(): string {
    return this.encoder.statement;
  }

  add(row: Row): void {
    const line = this.encoder.line(row);
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8; +1 for the newline.
    const worst = line.length * 3 + 1;
    if (this.used + worst > CHUNK_BYTES) {
      this.seal();
      if (worst > CHUNK_BYTES) {
        this.ready.push(Buffer.from(`${line}\n`));
        return;
      }
    }
    this.used += this.buffer.write(line, this.used);
    this.buffer[this.used++] = 0x0a;
  }

  /** Queues the filled part of the current buffer and starts a new one (the stream keeps the old). */
  private seal(): void {
    if (this.used === 0) return;
    this.ready.push(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
  }

  /** Called by the session once the server accepted COPY; errors are kept and rethrown on the next flush. */
  attach(stream: Writable): void {
    this.stream = stream;
    stream.on("error", (error) => {
      this.failure ??= error;
    });
    // Another table's load may already have failed: cancel this one straight away.
    if (this.failure)
      stream.destroy(this.failure instanceof Error ? this.failure : new Error(String(this.failure)));
  }

  /** Writes the filled buffers (with `force`, the partly filled one too), pausing if too much is in flight. */
  async flush(force = false): Promise<void> {
    if (this.failure) throw this.failure;
    if (force) this.seal();
    if (this.ready.length === 0) return;
    const stream = this.stream;
    if (!stream) throw new Error(`COPY stream not open: ${this.encoder.statement}`);
    for (const chunk of this.ready) {
      this.inFlight += chunk.length;
      stream.write(chunk, () => {
        this.inFlight -= chunk.length;
        if (this.resume && this.inFlight < LOW_WATER) this.resume();
      });
    }
    this.ready = [];
    if (this.inFlight > HIGH_WATER) await this.belowLowWater(stream);
  }

  private belowLowWater(stream: Writable): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const done = (error?: unknown) => {
        this.resume = null;
        stream.off("error", done);
        if (error) reject(error);
        else resolve();
      };
      this.resume = () => done();
      stream.on("error", done);
    });
  }

  /** Sends the rest and ends COPY; resolves when the server has processed every row. */
  async end(): Promise<void> {
    await this.flush(true);
    const stream = this.stream;
    if (!stream) throw new Error(`COPY stream not open: ${this.encoder.statement}`);
    stream.end();
    await finished(stream);
  }

  /** Cancels COPY (postgres.js sends CopyFail), which rolls back the session's transaction. */
  abort(error: Error): void {
    this.failure ??= error;
    if (this.stream && !this.stream.destroyed) this.stream.destroy(error);
  }
}
