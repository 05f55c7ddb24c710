/** What a best-effort parser of one flattened source text gives back. */
export interface ParsedPart<T> {
  value: T;
  /** Source text that could not be read into `value`, kept for the record's `unparsed`. */
  unparsed: string | null;
  /** One short sentence per thing that could not be read. */
  problems: string[];
}
