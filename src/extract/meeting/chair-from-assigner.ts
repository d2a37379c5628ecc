// When no one is said to chair ("… chủ trì"), the official who gives the report's instructions
// is the one the meeting answers to: "Kết luận của Phó Thủ tướng Trần Hồng Hà", "Phó Chủ tịch
// UBND tỉnh Nguyễn Văn Đệ yêu cầu …". The official who assigns most directives stands as chair.
import type { ChairMention, DirectiveMention, OfficialMention } from '../types';

export const CHAIR_FROM_ASSIGNER = {
  id: 'meeting.chair.assigner',
  reason: 'No "chủ trì" in the text: the official who gives most of the instructions is taken as the chair.',
};

export function chairFromAssigner(directives: readonly DirectiveMention[], officials: readonly OfficialMention[]): ChairMention | null {
  const counts = new Map<string, number>();
  for (const d of directives) if (d.assigner) counts.set(d.assigner.name, (counts.get(d.assigner.name) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  const official = best ? officials.find((o) => o.name === best) : undefined;
  if (!official) return null;
  return { name: official.name, titles: official.titles, role: 'MAIN', span: official.span, ruleId: CHAIR_FROM_ASSIGNER.id };
}
