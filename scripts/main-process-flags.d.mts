/** For Node: `node <flags> script` (scripts/main-process-flags.mjs says why). */
export declare const MAIN_PROCESS_V8_FLAGS: readonly string[];
/** For Electron's executable: its main process takes V8 flags through --js-flags, at start only. */
export declare const MAIN_PROCESS_ELECTRON_SWITCH: string;
/** The switch in double quotes, as one argument of a desktop entry's Exec or the Windows Run key. */
export declare const MAIN_PROCESS_ELECTRON_SWITCH_QUOTED: string;
