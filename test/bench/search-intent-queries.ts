import type { SearchQuery } from '../support/national-data.ts';

/**
 * Queries written for the search bench (not from ../shared/data's query file), each
 * expecting what a citizen at a commune or ward centre means, over the national catalogue.
 */

/** Abbreviations and everyday names citizens type for the words of procedure names. */
export const ABBREVIATION_QUERIES: SearchQuery[] = [
  { q: 'gcn qsdd', expect: ['1.012753', '1.013978', '1.012783', '1.012787'], k: 3 },
  { q: 'cap doi gcn qsdd', expect: ['1.012783'], k: 3 },
  { q: 'qsdđ', expect: ['1.012753', '1.013978', '1.012783', '1.012787', '1.013979', '2.001035', '2.001406'], k: 5 },
  { q: 'so do', expect: ['1.012753', '1.013978', '1.012783', '1.012787'], k: 5 },
  { q: 'cccd', expect: ['1.014061', '2.000200', '1.001247', '1.014062', '1.014063', '1.014064'], k: 3 },
  { q: 'cap lai cccd', expect: ['1.014064'], k: 3 },
  { q: 'doi cccd', expect: ['1.014063'], k: 3 },
  { q: 'cmnd', expect: ['1.012566'], k: 3 },
  { q: 'hktt', expect: ['1.004222'], k: 3 },
  { q: 'gpxd', expect: ['1.013225', '1.013226', '1.013227', '1.013228', '1.013229'], k: 3 },
  { q: 'gpkd', expect: ['1.001612', '2.000720', '1.001266', '2.000575'], k: 5 },
  { q: 'hkd', expect: ['1.001612', '2.000720', '1.001266', '2.000575'], k: 3 },
  { q: 'lltp', expect: ['3.000333'], k: 3 },
  { q: 'dkkh', expect: ['1.000894'], k: 3 },
  { q: 'gks', expect: ['1.001193', '2.000635'], k: 3 },
  { q: 'xac nhan tthn', expect: ['1.004873'], k: 3 },
  { q: 'bhyt', expect: ['2.000639', '1.002438', '1.001294', '1.003116', '1.001321', '1.001327'], k: 5 },
  { q: 'gplx', expect: ['3.000346', '3.000347', '3.000348'], k: 3 },
];

/** Queries naming a field, or a procedure done at several levels: the commune's and the field's first. */
export const INTENT_QUERIES: SearchQuery[] = [
  { q: 'giay phep xay dung', expect: ['1.013225', '1.013226', '1.013227', '1.013228', '1.013229'], k: 3 },
  // Every commune-level procedure of the field Hoạt động xây dựng.
  { q: 'hoat dong xay dung', expect: ['1.013225', '1.013226', '1.013227', '1.013228', '1.013229', '1.013232', '1.013234', '1.013239'], k: 3 },
  { q: 'cap lai the can cuoc', expect: ['1.014064'], k: 1 },
  { q: 'cap doi the can cuoc', expect: ['1.014063'], k: 1 },
  { q: 'ho tich ket hon', expect: ['1.000894'], k: 3 },
  { q: 'ho tich giam ho', expect: ['1.004837'], k: 3 },
  { q: 'dat dai tranh chap', expect: ['1.012812', '1.013967'], k: 2 },
  { q: 'dat dai cap doi giay chung nhan', expect: ['1.012783'], k: 3 },
  { q: 'cu tru xac nhan', expect: ['1.010041'], k: 3 },
  { q: 'nuoi con nuoi dang ky', expect: ['2.001263'], k: 2 },
];
