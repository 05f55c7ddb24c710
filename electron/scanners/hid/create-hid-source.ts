import type { HostSourceFactory } from '../host-source-context.ts';
import { HidSource } from './hid-source.ts';

export const createHidSource: HostSourceFactory = ({ settings, listener, timers, now, platform, hid }) =>
  new HidSource({
    backend: hid,
    selector: { path: settings.scannerHidPath, vendorId: settings.scannerHidVendorId, productId: settings.scannerHidProductId },
    listener,
    timers,
    now,
    platform,
  });
