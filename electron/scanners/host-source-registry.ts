import type { HostSourceKind } from '../../shared/contract/scanner.ts';
import { createHidSource } from './hid/create-hid-source.ts';
import type { HostSourceFactory } from './host-source-context.ts';
import { createSerialSource } from './serial/create-serial-source.ts';

/** The reader of each source the host reads (shared/contract/scanner-sources.ts): one line a source. */
export const HOST_SOURCE_FACTORIES: Record<HostSourceKind, HostSourceFactory> = {
  hid: createHidSource,
  serial: createSerialSource,
};
