// The meeting a generated report covers: its kind, title as written, chair and attendees.
import type { AgencyRow } from '../../src/extract/lexicon/agency-row';
import type { Rng } from './rng';
import type { YMD } from './calendar';
import { headTitle, type Roster } from './roster';
import { PARTY_TITLES, TOPICS } from './vocabulary';

export interface GeneratedMeeting {
  /** The title as it appears in the opening sentence (and in the gold). */
  title: string;
  /** How later sentences name the meeting ("phiên họp", "hội nghị"). */
  shortName: string;
  topic: string;
  chair: { name: string; isPrimeMinister: boolean; titleChain: string };
  /** Other named officials present, with their title chain as written. */
  attendees: { name: string; titles: string }[];
}

const STEERING_COMMITTEES = [
  'Ban Chỉ đạo Nhà nước các công trình, dự án quan trọng quốc gia, trọng điểm ngành giao thông vận tải',
  'Ban Chỉ đạo quốc gia về phòng, chống thiên tai',
  'Ban Chỉ đạo Trung ương về chính sách nhà ở và thị trường bất động sản',
  'Ban Chỉ đạo cải cách hành chính của Chính phủ',
];

export function makeMeeting(rng: Rng, date: YMD, roster: Roster, ministries: AgencyRow[]): GeneratedMeeting {
  const topic = rng.pick(TOPICS);
  const byPm = rng.chance(0.8);
  const chairName = byPm ? roster.primeMinister : rng.pick(roster.deputyPrimeMinisters);
  const post = byPm
    ? 'Thủ tướng Chính phủ'
    : chairName === roster.deputyPrimeMinisters[0]
      ? 'Phó Thủ tướng Thường trực Chính phủ'
      : 'Phó Thủ tướng Chính phủ';
  const titleChain = rng.chance(0.5) ? `${rng.pick(PARTY_TITLES)}, ${post}` : post;
  const host = rng.pick(ministries);

  const kinds: [string, string][] = [
    [`Phiên họp Chính phủ thường kỳ tháng ${date.month}/${date.year}`, 'phiên họp'],
    [`Phiên họp lần thứ ${rng.int(2, 14)} của ${rng.pick(STEERING_COMMITTEES)}`, 'phiên họp'],
    [`Hội nghị trực tuyến Chính phủ với địa phương về ${topic}`, 'hội nghị'],
    [`Hội nghị tổng kết công tác năm ${date.year - 1} và triển khai nhiệm vụ năm ${date.year} của ${host.name}`, 'hội nghị'],
    [`buổi làm việc với ${host.name} về ${topic}`, 'buổi làm việc'],
    [`cuộc họp về ${topic}`, 'cuộc họp'],
  ];
  const [title, shortName] = rng.pick(kinds);

  const attendees: { name: string; titles: string }[] = [];
  if (byPm && rng.chance(0.6)) {
    attendees.push({ name: rng.pick(roster.deputyPrimeMinisters), titles: 'Phó Thủ tướng Chính phủ' });
  }
  for (const m of rng.sample(ministries, rng.int(1, 3))) {
    const name = roster.ministers.get(m.name);
    if (name && name !== chairName) attendees.push({ name, titles: headTitle(m.name) });
  }
  return { title, shortName, topic, chair: { name: chairName, isPrimeMinister: byPm, titleChain }, attendees };
}

/** How directive sentences refer to the chair; all resolve to the chair's name. */
export function chairReferences(meeting: GeneratedMeeting): string[] {
  const { name, isPrimeMinister } = meeting.chair;
  // "Thị" as a middle name marks a woman: "Bà", not "Ông".
  const pronoun = / Thị /.test(name) ? 'Bà' : 'Ông';
  return isPrimeMinister
    ? ['Thủ tướng', 'Thủ tướng', `Thủ tướng ${name}`, `Thủ tướng Chính phủ ${name}`, pronoun, 'Người đứng đầu Chính phủ', 'Lãnh đạo Chính phủ']
    : ['Phó Thủ tướng', `Phó Thủ tướng ${name}`, pronoun];
}
