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
//
// --single-threaded-gc: V8 collects each isolate's garbage on that isolate's own thread, with no
// helper threads. On the kiosk's two cores the sync's two threads, the host's main thread and
// V8's helpers all wanted the same cores; without the helpers a 1,000,000-dossier initial sync
// took about 9 % less time and 8-12 % less CPU, and the main thread's largest gap fell, for
// 12-15 MB more peak memory (docs/sync.md, Round 10). Electron hands --js-flags to its renderers too.
//
// --max-semi-space-size=3: young generations of at most 9 MB (three semi-spaces of 3 MB). The
// sync's workers asked for 8 MB (WORKER_LIMITS), and this flag overrides that for them; the main
// isolate's may grow to 48 MB, and while it answered lookups during a full resync the flag above
// put the resync's peak RSS at 252-258 MB. With this one, 247-248 MB, for the same CPU.

/** For Node: `node <flags> script`. */
export const MAIN_PROCESS_V8_FLAGS = ['--no-memory-reducer', '--single-threaded-gc', '--max-semi-space-size=3'];

/** For Electron's executable: its main process takes V8 flags through --js-flags, at start only. */
export const MAIN_PROCESS_ELECTRON_SWITCH = `--js-flags=${MAIN_PROCESS_V8_FLAGS.join(' ')}`;

/**
 * The switch as one argument of a command line that a shell-like parser splits (a desktop
 * entry's Exec, the Windows Run key): in double quotes, since the flags are separated by a space.
 */
export const MAIN_PROCESS_ELECTRON_SWITCH_QUOTED = `"${MAIN_PROCESS_ELECTRON_SWITCH}"`;
