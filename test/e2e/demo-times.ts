import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

interface DemoFile {
  anchor: string;
  dossiers: { code: string; dueAt: string | null }[];
}

/**
 * What the answer may show as a demo dossier's due date: the host moves the demo's times by whole
 * days so that the anchor is the day it loaded them (rounded to the nearest day), at a moment
 * between its start and its "ready"; when those straddle the rounding's turn, either day.
 */
export function demoDueOnScreen(code: string, kiosk: { startedAt: Date; readyAt: Date }): RegExp {
  const dues = new Set([demoDueAt(code, kiosk.startedAt), demoDueAt(code, kiosk.readyAt)]);
  return new RegExp(`^(${[...dues].join('|')})$`);
}

/** The due date the answer shows for a demo dossier loaded at `loadedAt`, as "HH:mm dd/MM/yyyy" in Vietnam's time. */
export function demoDueAt(code: string, loadedAt: Date): string {
  const demo = JSON.parse(readFileSync(path.join(root, 'assets', 'demo', 'dossiers.json'), 'utf8')) as DemoFile;
  const dueAt = demo.dossiers.find((d) => d.code === code)?.dueAt;
  if (!dueAt) throw new Error(`demo dossier ${code} has no due date`);
  const days = Math.round((loadedAt.getTime() - Date.parse(demo.anchor)) / DAY_MS);
  const local = new Date(Date.parse(dueAt) + days * DAY_MS + VIETNAM_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(local.getUTCHours())}:${two(local.getUTCMinutes())} ${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}
