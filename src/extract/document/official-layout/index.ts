// readOfficialLayout: the administrative parts of an official document (header, title block,
// recipients, signature) as data. Pure. News reports have none of them and get nulls.
import { readOfficialClosing } from './closing';
import { chairFromTitle, readOfficialHeader } from './header';
import { textLines } from './lines';
import type { OfficialLayout } from './types';

export type { OfficialChair, OfficialLayout, OfficialSigner, TextSpan } from './types';

export function readOfficialLayout(text: string): OfficialLayout {
  const lines = textLines(text);
  const header = readOfficialHeader(lines);
  const closing = readOfficialClosing(lines);
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
