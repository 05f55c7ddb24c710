// V8 flags for the process that runs the kiosk host (Electron's main process, `npm run serve`'s
// Node). V8 reads them only when the process starts, so every launcher passes them: npm start,
// the Linux autostart entry, the AppImage's and the deb's desktop entries, the Windows Run key,
// npm run serve, and the benches' kiosk processes (docs/sync.md, Round 9). A packaged app started
// without them (an updated AppImage, the Windows installer) starts itself again with them
// (electron/app/main-process-flags-relaunch.ts).
//
// --no-memory-reducer: V8's memory reducer collects the whole heap of an isolate it sees idle, 8 s
// after start and again about 0.6 s later. The host's main thread is idle during a sync (the sync
// writer thread does the work), so those collections came in the middle of it: 17-31 ms gaps of
// the main thread, the largest of a 1,000,000-dossier sync. Without it the heap still shrinks at
// every ordinary full collection.

/** For Node: `node <flags> script`. */
export const MAIN_PROCESS_V8_FLAGS = ['--no-memory-reducer'];

/** For Electron's executable: its main process takes V8 flags through --js-flags, at start only. */
export const MAIN_PROCESS_ELECTRON_SWITCH = `--js-flags=${MAIN_PROCESS_V8_FLAGS.join(' ')}`;
