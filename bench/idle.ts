/**
 * How much of the machine is free: the share of CPU time spent idle over a short sample
 * (/proc/stat, Linux; null elsewhere). Recorded before every goal, and with --wait-idle the
 * benchmark waits for a quiet machine before measuring, since the machine is shared.
 */
import fs from "node:fs";

function cpuTimes(): { idle: number; total: number } | null {
  try {
    const line = fs.readFileSync("/proc/stat", "utf8").split("\n")[0];
    const values = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = values[3] + (values[4] ?? 0); // idle + iowait
    return { idle, total: values.reduce((sum, value) => sum + value, 0) };
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function idleFraction(sampleMs = 2_000): Promise<number | null> {
  const before = cpuTimes();
  await sleep(sampleMs);
  const after = cpuTimes();
  if (!before || !after || after.total === before.total) return null;
  return (after.idle - before.idle) / (after.total - before.total);
}

/** Waits (at most `minutes`) until at least `wanted` of the CPU is idle; returns the last sample. */
export async function waitForIdle(
  minutes: number,
  log: (line: string) => void,
  wanted = 0.8,
): Promise<number | null> {
  const deadline = performance.now() + minutes * 60_000;
  let idle = await idleFraction();
  while (idle !== null && idle < wanted && performance.now() < deadline) {
    log(`machine busy (${Math.round(idle * 100)}% idle); waiting for ≥ ${Math.round(wanted * 100)}%`);
    await sleep(10_000);
    idle = await idleFraction();
  }
  return idle;
}
