// An official document titled "Kết luận của Phó Thủ tướng Trần Hồng Hà tại cuộc họp …" names
// its chair in the title block (read by document/official-layout); when the body names none,
// that is the chair.
import type { ChairMention } from '../types';
import type { ExtractContext } from '../context';

export function chairFromLayout(ctx: ExtractContext): ChairMention | null {
  const chair = ctx.layout?.chair;
  if (!chair) return null;
  const official = ctx.officials.find((o) => o.name === chair.name);
  const span = official?.span ?? { start: 0, end: 0 };
  return { name: chair.name, titles: official?.titles ?? chair.titles, role: 'MAIN', span, ruleId: 'meeting.chair.title-block' };
}
