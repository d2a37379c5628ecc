// Which meetings a question names ("the 10th session of the National Committee on Digital
// Transformation"): the organiser the extractor read, or else the agency's name in the meeting's
// or the report's title; the session number as read, or else written in a title ("lần thứ 10",
// "phiên họp thứ hai"). Pure.
import type { AgencyNode, DocumentNode, MeetingNode } from '../../graph/model';
import { fold } from '../../text/fold';

const VI_NUMBERS = ['', 'nhat', 'hai', 'ba', 'tu', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi'];

function titleHasOrdinal(folded: string, ordinal: number): boolean {
  const words = [String(ordinal), VI_NUMBERS[ordinal]].filter((w) => w !== undefined && w !== '');
  return words.some((w) => new RegExp(`(?:^| )thu ${w}(?: |$)`).test(folded));
}

function titleNamesAgency(folded: string, agencies: readonly AgencyNode[]): boolean {
  // Only multi-word keys: "ubqg" or "moh" inside a title would be a coincidence, not a name.
  return agencies.some((a) => [fold(a.name), ...a.searchKeys].some((k) => k.includes(' ') && ` ${folded} `.includes(` ${k} `)));
}

export function meetingMatches(
  meeting: MeetingNode,
  document: DocumentNode | null,
  agencies: readonly AgencyNode[],
  ordinal: number | null,
): boolean {
  const titles = [meeting.title, document?.title ?? null].filter((t): t is string => t !== null).map(fold);
  const organised =
    (meeting.organiser !== null && agencies.some((a) => fold(a.name) === fold(meeting.organiser as string))) ||
    titles.some((t) => titleNamesAgency(t, agencies));
  if (!organised) return false;
  return ordinal === null || meeting.ordinal === ordinal || titles.some((t) => titleHasOrdinal(t, ordinal));
}
