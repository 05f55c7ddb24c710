import { EspeakSpeaker } from './espeak-speaker.ts';
import { parseHelperOptions, parseHelperRequest } from './speech-helper-protocol.ts';
import type { HelperAnswer } from './speech-helper-protocol.ts';

/**
 * The speech helper process (bundled to dist-electron/speech-helper.cjs): espeak-ng is started
 * from here, a small process, and never from the host's. Starting a program from a large,
 * multi-threaded process (the host with its sync threads, or Electron's main process) copies its
 * page tables and makes every thread fault its pages back: the host's main thread stalled
 * 45–72 ms (docs/sync.md, Round 8). Started by the host once, early; it answers over Electron's
 * parentPort (utilityProcess) or Node's IPC channel (child_process.fork).
 */
interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as { parentPort?: ParentPortLike }).parentPort;
const speaker = new EspeakSpeaker(parseHelperOptions(process.argv[2]));

function answer(message: HelperAnswer): void {
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message);
}

function receive(message: unknown): void {
  const request = parseHelperRequest(message);
  if (request === null) return;
  if (request.kind === 'stop') {
    speaker.stop();
  } else if (request.kind === 'available') {
    void speaker.available().then((available) => answer({ kind: 'available', id: request.id, available }));
  } else {
    void speaker.speak(request.text, request.lang).then((outcome) => answer({ kind: 'spoken', id: request.id, outcome }));
  }
}

/** The host closed it, or is gone: nothing is left to speak for. */
function end(): void {
  speaker.stop();
  process.exit(0);
}

if (parentPort) {
  parentPort.on('message', (event) => receive(event.data));
} else {
  process.on('message', receive);
  process.on('disconnect', end);
}
process.on('SIGTERM', end);
