import { AGENCIES } from './fictional-district.ts';
import type { Agency } from './fictional-district.ts';
import { Random } from './random.ts';
import { dayOfWorkday, workdayOfDay, yymmdd } from './vietnam-calendar.ts';

/** How far back receipts go: about two years of working days, at no fewer than MIN_PER_DAY a day. */
const SPAN_WORKDAYS = 500;
/** Small districts still receive this many a day, so that many of their dossiers are in progress. */
const MIN_PER_DAY = 40;
const WEEKLY_PATTERNS = 5;
const CODE = /^(.+)-(\d{6})-(\d{4,})$/;

export interface DossierSlot {
  agency: Agency;
  /** Position in AGENCIES. */
  agencyIndex: number;
  /** Vietnam calendar day of receipt. */
  day: number;
  /** Position among the day's receipts (0 first), which orders receipt times. */
  slotInDay: number;
  seq: number;
}

/** The receipt pattern of one day: which agency takes each slot of a repeating block. */
interface DayPattern {
  agencyAt: Uint8Array;
  /** How many earlier slots of the block went to the same agency. */
  rankAt: Uint16Array;
  /** For each agency, the slots of the block it takes, in order. */
  slotsOf: number[][];
}

/**
 * Where dossier number `index` sits: its receipt day, agency and daily sequence number.
 * Dossiers are laid out day after day (working days only, the last one before `anchorDay`);
 * within a day, a shuffled block of agency slots repeats, so each agency's daily sequence
 * numbers are dense, start at 1 and follow receipt time. The mapping runs both ways without
 * storing anything per dossier.
 */
export class DossierLayout {
  readonly perDay: number;
  readonly firstWorkday: number;
  private readonly blockLength: number;
  private readonly shareOf: number[];
  private readonly patterns: DayPattern[];
  private readonly agencyByCode: Map<string, number>;
  private readonly dates = new Map<number, string>();

  constructor(
    readonly count: number,
    lastWorkday: number,
    seed: number,
  ) {
    this.perDay = Math.max(1, Math.ceil(count / SPAN_WORKDAYS), Math.min(count, MIN_PER_DAY));
    this.firstWorkday = lastWorkday - Math.max(1, Math.ceil(count / this.perDay)) + 1;
    this.shareOf = AGENCIES.map((a) => a.weight);
    this.blockLength = this.shareOf.reduce((a, b) => a + b, 0);
    const random = new Random(seed ^ 0x1a7e);
    this.patterns = Array.from({ length: WEEKLY_PATTERNS }, () => this.shuffledPattern(random));
    this.agencyByCode = new Map(AGENCIES.map((a, i) => [a.code, i]));
  }

  private shuffledPattern(random: Random): DayPattern {
    const agencies = this.shareOf.flatMap((share, agency) => Array<number>(share).fill(agency));
    for (let i = agencies.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [agencies[i], agencies[j]] = [agencies[j] as number, agencies[i] as number];
    }
    const slotsOf: number[][] = AGENCIES.map(() => []);
    const rankAt = new Uint16Array(agencies.length);
    agencies.forEach((agency, slot) => {
      const slots = slotsOf[agency] as number[];
      rankAt[slot] = slots.length;
      slots.push(slot);
    });
    return { agencyAt: Uint8Array.from(agencies), rankAt, slotsOf };
  }

  slot(index: number): DossierSlot {
    const workday = this.firstWorkday + Math.floor(index / this.perDay);
    const slotInDay = index % this.perDay;
    const pattern = this.patterns[workday % WEEKLY_PATTERNS] as DayPattern;
    const inBlock = slotInDay % this.blockLength;
    const agencyIndex = pattern.agencyAt[inBlock] as number;
    const seq = Math.floor(slotInDay / this.blockLength) * (this.shareOf[agencyIndex] as number) + (pattern.rankAt[inBlock] as number) + 1;
    return { agency: AGENCIES[agencyIndex] as Agency, agencyIndex, day: dayOfWorkday(workday), slotInDay, seq };
  }

  code(index: number): string {
    return this.codeAt(this.slot(index));
  }

  codeAt({ agency, day, seq }: DossierSlot): string {
    return `${agency.code}-${this.dateOf(day)}-${seq < 1000 ? String(seq).padStart(4, '0') : seq}`;
  }

  private dateOf(day: number): string {
    let date = this.dates.get(day);
    if (date === undefined) this.dates.set(day, (date = yymmdd(day)));
    return date;
  }

  /** The index of a dossier code, or null when no dossier of this district has it. */
  indexOf(code: string): number | null {
    const parts = CODE.exec(code);
    if (!parts) return null;
    const [, agencyCode = '', date = '', seqText = ''] = parts;
    const agencyIndex = this.agencyByCode.get(agencyCode);
    const day = Date.parse(`20${date.slice(0, 2)}-${date.slice(2, 4)}-${date.slice(4, 6)}T00:00:00Z`) / 86_400_000;
    if (agencyIndex === undefined || !Number.isInteger(day)) return null;
    const workday = workdayOfDay(day);
    const seq = Number(seqText);
    if (workday === null || seq < 1) return null;
    const share = this.shareOf[agencyIndex] as number;
    const pattern = this.patterns[workday % WEEKLY_PATTERNS] as DayPattern;
    const slotInBlock = (pattern.slotsOf[agencyIndex] as number[])[(seq - 1) % share] as number;
    const slotInDay = Math.floor((seq - 1) / share) * this.blockLength + slotInBlock;
    const index = (workday - this.firstWorkday) * this.perDay + slotInDay;
    if (slotInDay >= this.perDay || index < 0 || index >= this.count) return null;
    return this.code(index) === code ? index : null;
  }
}
