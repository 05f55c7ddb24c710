import path from 'node:path';
import { parseArgs } from 'node:util';
import { appRoot } from '../app-root.ts';
import { createKioskHost } from '../host/kiosk-host.ts';
import { describeFault, watchProcessFaults } from '../log/process-faults.ts';
import { HostSupervisor } from '../recovery/host-supervisor.ts';
import type { HostStatus } from '../recovery/host-supervisor.ts';
import { startHttpTransport } from '../http/http-transport.ts';
import { log } from '../log/log.ts';
import { IDLE_TIMEOUT_MAX_SEC, IDLE_TIMEOUT_MIN_SEC } from '../../shared/contract/index.ts';

const USAGE = `Usage: npm run serve -- [--port <n>] [--db <file>] [--idle-timeout <seconds>] [--token <t>] [--no-lookup-throttle]

Runs the kiosk for a plain browser on http://127.0.0.1:<port>/ (loopback only).
  --port          port to listen on (default 4173; 0 picks a free one)
  --db            SQLite cache file (default ./kiosk-data/kiosk.db)
  --idle-timeout  seconds before the screen returns home (overrides the setting)
  --token         the launch token instead of a random one (24-128 letters, digits, - or _),
                  so that a browser still open on a stopped host is let in again when the
                  host restarts on the same port (the recovery test); keep it secret;
                  write --token=<t> when it starts with "-"
  --no-lookup-throttle  lookups never wait after misses (for test suites that play many citizens in a row)`;

const TOKEN = /^[A-Za-z0-9_-]{24,128}$/;

export interface ServeOptions {
  /** The bundled change-feed worker: with it the host syncs in its writer thread, as in Electron. */
  feedWorkerScript?: string | null;
  /** The bundled speech helper: with it espeak-ng starts from a process of its own, as in Electron. */
  speechHelperScript?: string | null;
}

/** `npm run serve`: the kiosk host with the loopback HTTP transport, until Ctrl+C. */
export async function serveCommand(argv: string[], options: ServeOptions = {}): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '4173' },
        db: { type: 'string', default: path.join('kiosk-data', 'kiosk.db') },
        'idle-timeout': { type: 'string' },
        token: { type: 'string' },
        'no-lookup-throttle': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const port = Number(values.port);
  const idle = values['idle-timeout'] === undefined ? undefined : Number(values['idle-timeout']);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be a whole number from 0 to 65535, not "${values.port}".\n`);
    return 2;
  }
  if (idle !== undefined && (!Number.isInteger(idle) || idle < IDLE_TIMEOUT_MIN_SEC || idle > IDLE_TIMEOUT_MAX_SEC)) {
    process.stderr.write(`--idle-timeout must be a whole number of seconds from ${IDLE_TIMEOUT_MIN_SEC} to ${IDLE_TIMEOUT_MAX_SEC}.\n`);
    return 2;
  }
  if (values.token !== undefined && !TOKEN.test(values.token)) {
    process.stderr.write('--token must be 24 to 128 letters, digits, "-" or "_".\n');
    return 2;
  }

  // As in Electron: the host runs under supervision, restarted on request or when it fails.
  const host: HostSupervisor = new HostSupervisor({
    create: () =>
      createKioskHost({
        dbPath: values.db,
        demoWhenEmpty: true,
        idleTimeoutSec: idle,
        lookupThrottle: !values['no-lookup-throttle'],
        feedWorkerScript: options.feedWorkerScript ?? null,
        speechHelperScript: options.speechHelperScript ?? null,
        requestRestart: (reason) => host.restart(reason),
      }),
    log: (message, fields) => log.error(message, fields),
    onChange: announceRestarts(),
  });
  // Nothing may go uncaught: each such fault is a line on stderr (the tests fail on it) and a restart.
  const stopWatching = watchProcessFaults((kind, error) => {
    process.stderr.write(`Process fault: ${kind} (${describeFault(error)})\n`);
    host.restart(`an ${kind}`);
  });
  if (!(await host.start())) {
    process.stderr.write(`Cannot start: ${host.status.lastError ?? 'unknown error'}\n`);
    await host.close();
    stopWatching();
    return 1;
  }
  let transport;
  try {
    transport = await startHttpTransport({ host, uiRoot: path.join(appRoot(), 'dist', 'renderer'), port, token: values.token });
  } catch (error) {
    await host.close();
    stopWatching();
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(
      code === 'EADDRINUSE' ? `Port ${port} is already in use: pass another with --port.\n` : `Cannot start: ${(error as Error).message}\n`,
    );
    return 1;
  }
  process.stdout.write(`Kiosk ready at ${transport.url}\n`);
  log.info('serving', { port: transport.port });

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await transport.close();
  await host.close();
  stopWatching();
  return 0;
}

/** One stderr line per restart of the services, with its reason (what a technician and the soak test read). */
function announceRestarts(): (status: HostStatus) => void {
  let restarts = 0;
  return (status) => {
    if (status.restarts === restarts) return;
    restarts = status.restarts;
    process.stderr.write(`Kiosk services restarting (${status.lastError ?? 'unknown reason'}).\n`);
  };
}
