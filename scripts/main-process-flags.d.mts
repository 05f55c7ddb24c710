/** For Node: `node <flags> script` (scripts/main-process-flags.mjs says why). */
export declare const MAIN_PROCESS_V8_FLAGS: readonly string[];
/** For Electron's executable: its main process takes V8 flags through --js-flags, at start only. */
export declare const MAIN_PROCESS_ELECTRON_SWITCH: string;
