import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const RESULTS_FILE = path.join(import.meta.dirname, 'results.jsonl');

/** Appends one benchmark's figures, with the machine they were measured on. */
export function recordBenchResult(bench: string, figures: Record<string, unknown>): void {
  const line = { bench, at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, ...figures };
  fs.appendFileSync(RESULTS_FILE, `${JSON.stringify(line)}\n`);
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const round = (n: number, digits = 3) => Number(n.toFixed(digits));
