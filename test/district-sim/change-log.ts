/**
 * The sequence of changes since the simulator started: change number k (1-based) changed
 * dossier `indexAt(k)`. A dossier's older entries are superseded by its latest one, so a
 * reader from any point sees each changed dossier once, at its newest version.
 */
export class ChangeLog {
  private entries = new Uint32Array(1024);
  private size = 0;
  private readonly latestOf: Uint32Array;

  constructor(dossierCount: number) {
    this.latestOf = new Uint32Array(dossierCount);
  }

  /** The number of the latest change (0 before any). */
  get head(): number {
    return this.size;
  }

  append(index: number): number {
    if (this.size === this.entries.length) {
      const grown = new Uint32Array(this.entries.length * 2);
      grown.set(this.entries);
      this.entries = grown;
    }
    this.entries[this.size++] = index;
    this.latestOf[index] = this.size;
    return this.size;
  }

  indexAt(change: number): number {
    return this.entries[change - 1] as number;
  }

  /** Whether change `change` is its dossier's latest. */
  isLatest(change: number): boolean {
    return this.latestOf[this.indexAt(change)] === change;
  }
}
