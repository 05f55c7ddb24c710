/** What a slip says, top to bottom; the renderer decides where the lines break. */
export type SlipBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string; bold?: boolean; indent?: boolean }
  | { kind: 'rule' }
  | { kind: 'qr'; data: string; caption: string };

/** Paper widths in dots at 203 dpi: 58 mm and 80 mm rolls. */
export const PAPER_DOTS = [384, 576] as const;
export type PaperDots = (typeof PAPER_DOTS)[number];
