// A document format reader's refusal: a code a program can act on and a message naming what
// was found and what to do about it.
export type FormatRefusalCode =
  | 'NEEDS_OCR'
  | 'ENCRYPTED'
  | 'BAD_PDF'
  | 'BAD_DOCX'
  | 'OLD_WORD'
  | 'UNSUPPORTED_FORMAT'
  | 'NO_ARTICLE';

export interface FormatRefusal {
  ok: false;
  code: FormatRefusalCode;
  message: string;
}
