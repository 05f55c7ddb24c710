import { fork } from 'node:child_process';

/** A helper process as its launcher gives it to the host: messages both ways, and its end. */
export interface HelperChannel {
  readonly pid: number | undefined;
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once, when the process has ended or could not start. */
  onExit(listener: () => void): void;
  kill(): void;
}

/** Starts `script` as a process of its own (Electron: utilityProcess; Node: child_process.fork). */
export type HelperLauncher = (script: string, args: string[], env?: NodeJS.ProcessEnv) => HelperChannel;

/** The end of a helper process, told once to every listener however many ways it is reported. */
export function helperEnd(): { end: () => void; onExit: (listener: () => void) => void } {
  const listeners: Array<() => void> = [];
  let ended = false;
  return {
    end: () => {
      if (ended) return;
      ended = true;
      for (const listener of listeners) listener();
    },
    onExit: (listener) => listeners.push(listener),
  };
}

/** Node's launcher (`npm run serve`, the CLI, tests): the script under this Node, over an IPC channel. */
export const forkHelper: HelperLauncher = (script, args, env) => {
  const child = fork(script, args, { stdio: ['ignore', 'ignore', 'ignore', 'ipc'], env, serialization: 'json' });
  const { end, onExit } = helperEnd();
  child.once('exit', end);
  child.once('error', end);
  return {
    get pid() {
      return child.pid;
    },
    send: (message) => {
      if (!child.connected) return;
      // A send racing the helper's exit fails in the callback; the exit tells the host.
      child.send(message as object, () => undefined);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit,
    kill: () => child.kill('SIGTERM'),
  };
};
