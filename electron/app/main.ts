import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron';
import { createKioskHost } from '../host/kiosk-host.ts';
import { startKiosk } from './start-kiosk.ts';

startKiosk({
  electron: { app, BrowserWindow, ipcMain, Menu, protocol, session },
  createHost: createKioskHost,
  env: process.env,
  resourcesPath: process.resourcesPath,
});
