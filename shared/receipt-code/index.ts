export type { ReceiptCode, ReceiptCodeFailure, ReceiptCodeOptions, ReceiptCodeParse } from './types.ts';
export type { ReceiptCodeParts } from './format-receipt-code.ts';
export type { CompiledExtraPattern } from './extra-pattern.ts';
export { parseReceiptCode, MAX_RAW_SCAN_LENGTH } from './parse-receipt-code.ts';
export { compileExtraPattern } from './extra-pattern.ts';
export { formatReceiptCode } from './format-receipt-code.ts';
export { SEQUENCE_MAX_DIGITS, SEQUENCE_MIN_DIGITS } from './grammar.ts';
export { deleteTypedChar, formatTypedCode, typedAfterEdit } from './typed-code.ts';
