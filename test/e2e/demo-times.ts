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

/** A time as the kiosk shows it: "HH:mm dd/MM/yyyy" in Vietnam's time. */
export function vietnamTimeOnScreen(at: Date): string {
  const vn = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(vn.getUTCHours())}:${two(vn.getUTCMinutes())} ${two(vn.getUTCDate())}/${two(vn.getUTCMonth() + 1)}/${vn.getUTCFullYear()}`;
}

/**
 * The due date the answer shows for a demo dossier. The host moves the demo's times by whole days
 * (rounded to the nearest) so that the anchor is the moment it loaded them, which it reports as
 * its last sync (getKioskInfo's sync.lastSuccessAt).
 */
export function demoDueOnScreen(code: string, loadedAt: Date): string {
  const demo = JSON.parse(readFileSync(path.join(root, 'assets', 'demo', 'dossiers.json'), 'utf8')) as DemoFile;
  const dueAt = demo.dossiers.find((d) => d.code === code)?.dueAt;
  if (!dueAt) throw new Error(`demo dossier ${code} has no due date`);
  const days = Math.round((loadedAt.getTime() - Date.parse(demo.anchor)) / DAY_MS);
  return vietnamTimeOnScreen(new Date(Date.parse(dueAt) + days * DAY_MS));
}
