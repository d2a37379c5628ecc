// The order meetings are listed in: by date (undated last either way), then by id, so pages
// are stable. Dates are ISO days and ids ASCII, so plain code-point comparison orders them
// (localeCompare would too, at the price of a collation per call over every meeting).
import type { MeetingNode } from './model';

export type MeetingDirection = 'ASC' | 'DESC';

/** Where a meeting stands in the listing: all a keyset cursor needs. */
export type MeetingKey = Pick<MeetingNode, 'date' | 'id'>;

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function byMeetingDate(direction: MeetingDirection) {
  return (a: MeetingKey, b: MeetingKey): number => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return direction === 'ASC' ? byCodePoint(a.date, b.date) : byCodePoint(b.date, a.date);
    }
    return byCodePoint(a.id, b.id);
  };
}
