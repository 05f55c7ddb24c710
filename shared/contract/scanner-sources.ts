import { z } from 'zod';

/**
 * Every scanner source, and who reads it: the renderer (input that reaches the kiosk window) or
 * the host (a device it opens). Everything that names sources (the `scannerSource` setting, scan
 * and monitor sources, the technician's labels) derives from this list. To add a source, see
 * docs/scanners.md, "Adding a scanner source".
 */
export const SCANNER_SOURCES = {
  wedge: 'renderer',
  hid: 'host',
  serial: 'host',
  camera: 'renderer',
} as const satisfies Record<string, 'renderer' | 'host'>;

type Sources = typeof SCANNER_SOURCES;
type SourceName = keyof Sources;
type HostSourceName = { [K in SourceName]: Sources[K] extends 'host' ? K : never }[SourceName];

const names = Object.keys(SCANNER_SOURCES) as [SourceName, ...SourceName[]];
const hostNames = names.filter((name) => SCANNER_SOURCES[name] === 'host') as [HostSourceName, ...HostSourceName[]];

/** Where scans come from: any source, whichever side reads it. */
export const ScannerSourceKind = z.enum(names);
export type ScannerSourceKind = z.infer<typeof ScannerSourceKind>;

/** The sources the host reads (a device it opens): they have a reader in electron/scanners/. */
export const HostSourceKind = z.enum(hostNames);
export type HostSourceKind = z.infer<typeof HostSourceKind>;

export function isHostSource(source: ScannerSourceKind): source is HostSourceKind {
  return SCANNER_SOURCES[source] === 'host';
}
