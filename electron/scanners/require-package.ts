import { createRequire } from 'node:module';

/**
 * Loads a package with require(), not import(): in the packaged kiosk the scanner addons load from
 * inside app.asar, where Electron's ES module loader has had regressions, and the main-process
 * bundle is CommonJS anyway.
 */
export const requirePackage = createRequire(import.meta.url);
