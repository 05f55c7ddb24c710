import type { CameraChoice } from '../../shared/contract/camera.ts';
import type { DecodeReply, DecodeRequest } from './camera-decode-protocol.ts';
import { cameraProblem } from './camera-problem.ts';
import { CodeInView } from './code-in-view.ts';
import type { CameraProblem } from './camera-problem.ts';

export type CameraState =
  | { kind: 'off' }
  | { kind: 'starting' }
  | { kind: 'running'; label: string; width: number; height: number }
  | { kind: 'problem'; problem: CameraProblem };

export interface CameraScannerEvents {
  /** A frame's scan; `at` is performance.now() when the frame was taken. */
  onScan(raw: string, at: number): void;
  onState(state: CameraState): void;
  /** Every decoded frame, read or not: the technician's page shows the decode time. */
  onFrame?(decodeMs: number, scan: string | null): void;
}

const createDecodeWorker = () => new Worker(new URL('./camera-decode.worker.ts', import.meta.url), { type: 'module' });

/**
 * A camera read as a scanner: frames grabbed at a bounded rate, one in flight at a time, decoded
 * in a worker. Nothing of a frame is kept: each bitmap is transferred to the worker and closed
 * there once read.
 */
export class CameraScanner {
  private stream: MediaStream | null = null;
  private video: HTMLVideoElement | null = null;
  private worker: Worker | null = null;
  private timer: number | null = null;
  private inFlight = false;
  private nextId = 1;
  private generation = 0;
  private intervalMs: number;

  constructor(
    private readonly events: CameraScannerEvents,
    framesPerSecond: number,
    private readonly makeWorker: () => Worker = createDecodeWorker,
  ) {
    this.intervalMs = 1000 / framesPerSecond;
  }

  /** The live picture, for a preview: null until the camera runs. */
  get mediaStream(): MediaStream | null {
    return this.stream;
  }

  setFrameRate(framesPerSecond: number): void {
    this.intervalMs = 1000 / framesPerSecond;
  }

  async start(choice: CameraChoice): Promise<void> {
    this.stop();
    this.inView = new CodeInView();
    const generation = ++this.generation;
    this.events.onState({ kind: 'starting' });
    // The decoder compiles its WebAssembly while the camera opens.
    const worker = this.makeWorker();
    worker.onmessage = (event: MessageEvent<DecodeReply>) => this.received(event.data);
    worker.onerror = () => this.fail(generation);
    this.worker = worker;
    let stream: MediaStream;
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw Object.assign(new Error('No media devices here.'), { name: 'SecurityError' });
      stream = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: {
          ...(choice.deviceId ? { deviceId: { exact: choice.deviceId } } : {}),
          width: { ideal: choice.width },
          height: { ideal: choice.height },
        },
      });
    } catch (error) {
      if (generation === this.generation) {
        this.stop();
        this.events.onState({ kind: 'problem', problem: cameraProblem(error) });
      }
      return;
    }
    if (generation !== this.generation) {
      stream.getTracks().forEach((track) => track.stop());
      return;
    }
    this.stream = stream;
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.srcObject = stream;
    this.video = video;
    try {
      await video.play();
    } catch (error) {
      if (generation === this.generation) {
        this.stop();
        this.events.onState({ kind: 'problem', problem: cameraProblem(error) });
      }
      return;
    }
    if (generation !== this.generation) return;
    const track = stream.getVideoTracks()[0];
    const settings = track?.getSettings() ?? {};
    track?.addEventListener('ended', () => {
      if (generation === this.generation) {
        this.stop();
        this.events.onState({ kind: 'problem', problem: 'no-camera' });
      }
    });
    performance.mark('kiosk:camera-running');
    this.events.onState({ kind: 'running', label: track?.label ?? '', width: settings.width ?? video.videoWidth, height: settings.height ?? video.videoHeight });
    this.schedule();
  }

  /** Releases the camera (its light goes off) and the worker. */
  stop(): void {
    this.generation++;
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
    this.worker?.terminate();
    this.worker = null;
    this.inFlight = false;
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
    if (this.video) this.video.srcObject = null;
    this.video = null;
  }

  private takenAt = new Map<number, number>();
  private inView = new CodeInView();

  /** The decoder cannot run (its WebAssembly did not load): say so rather than watch in vain. */
  private fail(generation: number): void {
    if (generation !== this.generation) return;
    this.stop();
    this.events.onState({ kind: 'problem', problem: 'failed' });
  }

  private schedule(): void {
    this.timer = window.setTimeout(() => void this.grab(), this.intervalMs);
  }

  private async grab(): Promise<void> {
    const generation = this.generation;
    const video = this.video;
    const worker = this.worker;
    if (!video || !worker) return;
    if (!this.inFlight && video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) {
      this.inFlight = true;
      const at = performance.now();
      try {
        const frame = await createImageBitmap(video);
        if (generation !== this.generation) {
          frame.close();
          return;
        }
        const id = this.nextId++;
        this.takenAt.set(id, at);
        const request: DecodeRequest = { id, frame };
        worker.postMessage(request, [frame]);
      } catch {
        this.inFlight = false;
      }
    }
    if (generation === this.generation) this.schedule();
  }

  private received(reply: DecodeReply): void {
    this.inFlight = false;
    const at = this.takenAt.get(reply.id) ?? performance.now();
    this.takenAt.delete(reply.id);
    if ('failed' in reply) {
      this.fail(this.generation);
      return;
    }
    this.events.onFrame?.(reply.decodeMs, reply.scan);
    if (this.inView.frame(reply.scan) && reply.scan !== null) this.events.onScan(reply.scan, at);
  }
}
