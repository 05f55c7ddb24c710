import { log } from '../log/log.ts';

/** Something a service started and must stop: a timer, a socket, a worker, work in flight. */
export type Disposable = () => void | Promise<void>;

/**
 * What a service owns, torn down in reverse order of registration when its owner is disposed
 * (after VS Code's `DisposableStore`). Disposing awaits each part, so work in flight ends before
 * what it uses (the database) is closed; a part that fails is logged and the rest still run.
 * Added after disposal, a part is disposed at once: nothing outlives its owner.
 */
export class DisposableStore {
  private readonly parts: { name: string; dispose: Disposable }[] = [];
  private disposing: Promise<void> | null = null;

  get isDisposed(): boolean {
    return this.disposing !== null;
  }

  add(name: string, dispose: Disposable): void {
    if (this.disposing !== null) {
      void this.disposeOne({ name, dispose });
      return;
    }
    this.parts.push({ name, dispose });
  }

  /** Disposes everything, last added first; a second call waits for the first. */
  dispose(): Promise<void> {
    this.disposing ??= (async () => {
      while (this.parts.length > 0) await this.disposeOne(this.parts.pop()!);
    })();
    return this.disposing;
  }

  private async disposeOne(part: { name: string; dispose: Disposable }): Promise<void> {
    try {
      await part.dispose();
    } catch (error) {
      log.error('a service did not stop cleanly', { part: part.name, error: error instanceof Error ? error.name : 'unknown' });
    }
  }
}
