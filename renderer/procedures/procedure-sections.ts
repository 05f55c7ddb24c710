import type { Channel, ProcedureChannel, ProcedureDocument, ProcedureRecord } from '../../shared/contract/index.ts';

/** Documents under one heading of the checklist (null: the list's own, untitled part). */
export interface DocumentGroup {
  heading: string | null;
  documents: ProcedureDocument[];
}

/** Consecutive documents with the same heading, in the source's order. */
export function groupDocuments(documents: readonly ProcedureDocument[]): DocumentGroup[] {
  const groups: DocumentGroup[] = [];
  for (const document of documents) {
    const heading = document.section?.trim() || null;
    const last = groups.at(-1);
    if (last && last.heading === heading) last.documents.push(document);
    else groups.push({ heading, documents: [document] });
  }
  return groups;
}

/** In person first (most citizens at the kiosk came in person), then online, by post, other. */
export const CHANNEL_ORDER: readonly Channel[] = ['in-person', 'online', 'post', 'other'];

export function sortChannels(channels: readonly ProcedureChannel[]): ProcedureChannel[] {
  return [...channels].sort((a, b) => CHANNEL_ORDER.indexOf(a.channel) - CHANNEL_ORDER.indexOf(b.channel));
}

/** The detail page's sections that can carry source text the catalogue could not read. */
export const DETAIL_SECTIONS = [
  'documents',
  'channels',
  'steps',
  'conditions',
  'applicants',
  'agency',
  'result',
  'legalBasis',
] as const satisfies readonly (keyof ProcedureRecord)[];

export type DetailSection = (typeof DETAIL_SECTIONS)[number];

/** Source text kept as `unparsed` for one section: shown as it is, never dropped. */
export function unparsedFor(procedure: Pick<ProcedureRecord, 'unparsed'>, section: DetailSection): string | null {
  const text = procedure.unparsed[section]?.trim();
  return text ? text : null;
}

/** Unparsed text under names no section shows: the page lists it under "other information". */
export function otherUnparsed(procedure: Pick<ProcedureRecord, 'unparsed'>): { key: string; text: string }[] {
  return Object.entries(procedure.unparsed)
    .filter(([key, text]) => !(DETAIL_SECTIONS as readonly string[]).includes(key) && text.trim() !== '')
    .map(([key, text]) => ({ key, text: text.trim() }));
}

/** Whether a section has anything to show, structured or as kept source text. */
export function sectionHasContent(procedure: ProcedureRecord, section: DetailSection): boolean {
  if (unparsedFor(procedure, section) !== null) return true;
  const value = procedure[section];
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === 'string' && value.trim() !== '';
}

/** "Bản chính: 1", "Bản sao: 2": the counts a line of the checklist states (null: not stated). */
export function documentCounts(document: ProcedureDocument): { kind: 'original' | 'copy'; count: number }[] {
  const counts: { kind: 'original' | 'copy'; count: number }[] = [];
  if (document.originals !== null) counts.push({ kind: 'original', count: document.originals });
  if (document.copies !== null) counts.push({ kind: 'copy', count: document.copies });
  return counts;
}
