/** What the lane needs of a WebSocket (the browser's, or a test's stand-in). */
export type CallSocketLike = Pick<WebSocket, 'send' | 'close'> & {
  addEventListener(type: 'open' | 'close' | 'error' | 'message', listener: (event: { data?: unknown }) => void): void;
};

export interface CallSocketLaneOptions {
  createSocket: () => CallSocketLike;
  /** Give up on a call after this long, as on a fetch. */
  timeoutMs: number;
  /** Before opening the socket again after it closed (attempt 1, 2, …). */
  reconnectDelayMs: (attempt: number) => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
}

interface Pending {
  resolve: (response: unknown) => void;
  reject: (error: Error) => void;
  timer: unknown;
}

/**
 * The page's end of the host's WebSocket call lane (`/api/calls`, electron/http/call-socket.ts):
 * one socket kept open, calls sent as `{id, method, input}` and matched to their `{id, response}`.
 * `call` gives null whenever the socket is not open, so the caller sends the call by fetch instead:
 * a kiosk whose socket dropped (or a host without the lane) loses no call, only the time saved.
 * A call in flight when the socket closes fails as unreachable, as a fetch cut off would.
 */
export class CallSocketLane {
  private socket: CallSocketLike | null = null;
  private open = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private reconnects = 0;
  private reconnectTimer: unknown = null;
  private disposed = false;

  constructor(private readonly options: CallSocketLaneOptions) {
    this.connect();
  }

  /** The host's answer to the call, or null when the socket is not open (send it another way). */
  call(method: string, input: unknown): Promise<unknown> | null {
    const socket = this.socket;
    if (!this.open || socket === null) return null;
    const id = this.nextId++;
    return new Promise<unknown>((resolve, reject) => {
      const timer = this.options.setTimer(() => {
        this.pending.delete(id);
        reject(new Error(`no answer on the call socket within ${this.options.timeoutMs} ms`));
      }, this.options.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      try {
        socket.send(JSON.stringify({ id, method, input: input ?? {} }));
      } catch (error) {
        this.settle(id)?.reject(error instanceof Error ? error : new Error('the call socket refused the message'));
      }
    });
  }

  dispose(): void {
    this.disposed = true;
    if (this.reconnectTimer !== null) this.options.clearTimer(this.reconnectTimer);
    this.reconnectTimer = null;
    const socket = this.socket;
    if (socket) this.lost(socket);
    socket?.close();
  }

  private connect(): void {
    let socket: CallSocketLike;
    try {
      socket = this.options.createSocket();
    } catch {
      this.reconnectLater();
      return;
    }
    this.socket = socket;
    socket.addEventListener('open', () => {
      if (this.socket !== socket) return;
      this.open = true;
      this.reconnects = 0;
    });
    socket.addEventListener('message', (event) => this.answer(event.data));
    // An error is followed by close; close alone says the socket is gone.
    socket.addEventListener('close', () => this.lost(socket));
  }

  private answer(data: unknown): void {
    if (typeof data !== 'string') return;
    let message: unknown;
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    if (typeof message !== 'object' || message === null) return;
    const { id, response } = message as { id?: unknown; response?: unknown };
    if (typeof id === 'number') this.settle(id)?.resolve(response);
  }

  private settle(id: number): Pending | undefined {
    const pending = this.pending.get(id);
    if (!pending) return undefined;
    this.pending.delete(id);
    this.options.clearTimer(pending.timer);
    return pending;
  }

  private lost(socket: CallSocketLike): void {
    if (this.socket !== socket) return;
    this.socket = null;
    this.open = false;
    for (const id of [...this.pending.keys()]) this.settle(id)?.reject(new Error('the call socket closed'));
    this.reconnectLater();
  }

  private reconnectLater(): void {
    if (this.disposed || this.reconnectTimer !== null) return;
    this.reconnects += 1;
    this.reconnectTimer = this.options.setTimer(() => {
      this.reconnectTimer = null;
      if (!this.disposed) this.connect();
    }, this.options.reconnectDelayMs(this.reconnects));
  }
}
