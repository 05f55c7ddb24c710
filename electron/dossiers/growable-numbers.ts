/**
 * Numbers appended one by one into a typed array that doubles as it fills: a page's timeline
 * (tens of thousands of numbers) as a plain array is a large object V8 allocates straight into
 * the old generation, each time it grows, so every page brought the next full collection closer.
 */
export class GrowableNumbers<T extends Float64Array | Int32Array> {
  private values: T;
  length = 0;

  constructor(private readonly make: (size: number) => T) {
    this.values = make(256);
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = this.make(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = value;
    this.length += 1;
  }

  /** The numbers so far, in an array of their own (transferable to another thread). */
  toArray(): T {
    return this.values.slice(0, this.length) as T;
  }
}
