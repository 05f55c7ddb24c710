import type { ForkOptions, UtilityProcess } from 'electron';
import { helperChannel } from '../speech/helper-process.ts';
import type { HelperLauncher } from '../speech/helper-process.ts';

export type UtilityFork = (modulePath: string, args?: string[], options?: ForkOptions) => UtilityProcess;

/**
 * Electron's launcher for the host's helper processes: a utility process. Not child_process.fork,
 * which would start the app's own executable as Node: the packaged app's RunAsNode fuse is off
 * (scripts/after-pack.mjs), so it would start a second kiosk instead.
 */
export function utilityProcessLauncher(fork: UtilityFork, serviceName: string): HelperLauncher {
  return (script, args, env) => {
    const child = fork(script, args, {
      serviceName,
      stdio: 'ignore',
      ...(env ? { env: Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined)) } : {}),
    });
    return helperChannel(
      child,
      (message) => child.postMessage(message),
      () => {
        child.kill();
      },
    );
  };
}
