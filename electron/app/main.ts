import { app, BrowserWindow, ipcMain, Menu, protocol, safeStorage, session } from 'electron';
import { createKioskHost } from '../host/kiosk-host.ts';
import { safeStorageSealer } from './safe-storage-sealer.ts';
import { startKiosk } from './start-kiosk.ts';

startKiosk({
  electron: { app, BrowserWindow, ipcMain, Menu, protocol, session },
  createHost: createKioskHost,
  // Spelled out so that the production build's define replaces process.env.NODE_ENV.
  env: { NODE_ENV: process.env.NODE_ENV, KIOSK_DEV: process.env.KIOSK_DEV },
  resourcesPath: process.resourcesPath,
  secretSealer: safeStorageSealer(safeStorage),
});
