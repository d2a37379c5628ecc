// readOfficialLayout: the administrative parts of an official document (header, title block,
// recipients, signature) as data. Pure. News reports have none of them and get nulls.
import { CLOSING_LINES, readOfficialClosing } from './closing';
import { chairFromTitle, HEADER_LINES, readOfficialHeader } from './header';
import { lastLinesStart, textLines } from './lines';
import type { OfficialLayout } from './types';

export type { OfficialChair, OfficialLayout, OfficialSigner, TextSpan } from './types';

/** Characters read at each end: a header or a closing is a few hundred; a report can be 20 MB. */
const END_CHARS = 16_000;

export function readOfficialLayout(text: string): OfficialLayout {
  // Only the lines the header and the closing look at are cleaned: its first and last few. A
  // report shorter than both ends is cleaned once, its head being the start of its tail.
  const tailStart = Math.max(0, text.lastIndexOf('\n', text.length - END_CHARS) + 1, lastLinesStart(text, CLOSING_LINES));
  const tail = textLines(text.slice(tailStart), tailStart);
  const head = tailStart === 0 && text.length <= END_CHARS ? tail : textLines(text.slice(0, END_CHARS), 0, HEADER_LINES);
  const header = readOfficialHeader(head);
  const closing = readOfficialClosing(tail);
  const { chair, meetingTitle } = chairFromTitle(header.title);
  return {
    number: header.number,
    issuingBody: header.issuingBody,
    place: header.place,
    date: header.date,
    documentType: header.documentType,
    title: header.title,
    meetingTitle,
    chair,
    recipients: closing.recipients,
    signer: closing.signer,
    spans: { header: header.span, recipients: closing.recipientsSpan, signature: closing.signatureSpan },
  };
}

/** True when the text showed any part of the official layout. */
export function hasOfficialLayout(layout: OfficialLayout): boolean {
  return layout.number !== null || layout.date !== null || layout.documentType !== null || layout.recipients.length > 0 || layout.signer !== null;
}
