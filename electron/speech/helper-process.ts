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

/** What both launchers' child processes have: a pid, and their end and messages as events. */
interface HelperChild {
  readonly pid?: number | undefined;
  once(event: 'exit' | 'error', listener: () => void): unknown;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

/**
 * A helper's channel over its launcher's child: its end told once to every listener however
 * many ways it is reported, and nothing sent once it has ended.
 */
export function helperChannel(child: HelperChild, send: (message: unknown) => void, kill: () => void): HelperChannel {
  const listeners: Array<() => void> = [];
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    for (const listener of listeners) listener();
  };
  child.once('exit', end);
  child.once('error', end);
  return {
    get pid() {
      return child.pid;
    },
    send: (message) => {
      if (!ended) send(message);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => listeners.push(listener),
    kill,
  };
}

/** Node's launcher (`npm run serve`, the CLI, tests): the script under this Node, over an IPC channel. */
export const forkHelper: HelperLauncher = (script, args, env) => {
  const child = fork(script, args, { stdio: ['ignore', 'ignore', 'ignore', 'ipc'], env, serialization: 'json' });
  return helperChannel(
    child,
    // A send racing the helper's exit fails in the callback; the exit tells the host.
    (message) => child.connected && child.send(message as object, () => undefined),
    () => child.kill('SIGTERM'),
  );
};
