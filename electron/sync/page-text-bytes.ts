/** FNV-1a over bytes, as the readers hash a string while they scan it. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

export function fnvHash(bytes: Uint8Array): number {
  let h = FNV_OFFSET;
  for (const c of bytes) h = Math.imul(h ^ c, FNV_PRIME);
  return h;
}

/**
 * A page's texts found by their bytes: a text a page repeats (procedure, agency, department,
 * action, counter, document names) is decoded once per page and then found again by its bytes'
 * hash and a byte comparison, without making a string of it each time. `intern` gives a decoded
 * text its index among the batch's texts, so two spellings of one text share it.
 */
export class PageTextBytes {
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(512);
  private starts = new Int32Array(512);
  private lengths = new Int32Array(512);
  private indices = new Int32Array(512);
  private count = 0;

  constructor(
    private readonly body: Buffer,
    private readonly intern: (text: string) => number,
  ) {}

  /** The batch's index of the text in body[from, to), whose hash (fnvHash) is `hash`. */
  indexOf(from: number, to: number, hash: number): number {
    const { slots, body } = this;
    const length = to - from;
    const mask = slots.length - 1;
    let s = hash & mask;
    for (let e = slots[s]!; e !== 0; e = slots[s]!) {
      const k = e - 1;
      if (this.hashes[k] === hash && this.lengths[k] === length && this.sameBytes(this.starts[k]!, from, length)) return this.indices[k]!;
      s = (s + 1) & mask;
    }
    const index = this.intern(body.toString('utf8', from, to));
    const k = this.count;
    if (k === this.hashes.length) this.growEntries();
    this.hashes[k] = hash;
    this.starts[k] = from;
    this.lengths[k] = length;
    this.indices[k] = index;
    this.count = k + 1;
    slots[s] = k + 1;
    if (2 * this.count > slots.length) this.growSlots();
    return index;
  }

  private sameBytes(a: number, b: number, length: number): boolean {
    const body = this.body;
    for (let j = 0; j < length; j += 1) if (body[a + j] !== body[b + j]) return false;
    return true;
  }

  private growEntries(): void {
    const grow = (a: Int32Array) => {
      const grown = new Int32Array(a.length * 2);
      grown.set(a);
      return grown;
    };
    this.hashes = grow(this.hashes);
    this.starts = grow(this.starts);
    this.lengths = grow(this.lengths);
    this.indices = grow(this.indices);
  }

  private growSlots(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < this.count; k += 1) {
      let s = this.hashes[k]! & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = k + 1;
    }
    this.slots = slots;
  }
}
