// One generated meeting report: headline, opening with the chair and meeting, attendees,
// statistics and captions as distractors, then the conclusion with directive sentences.
// Returns the text with its gold annotation and manifest entry.
import { assignableAgencies, chooseAgency, provincesOn } from './agencies';
import { addDays, isoDate, type YMD } from './calendar';
import { makeDirectiveSentence, type DirectiveContext } from './directives';
import type { GoldDirective, GoldReport, ManifestEntry } from './gold';
import { chairReferences, makeMeeting } from './meeting';
import type { Rng } from './rng';
import type { Roster } from './roster';
import { NON_DIRECTIVES, PHOTOGRAPHERS, PUBLISHERS, STATISTICS, TASKS } from './vocabulary';

export interface GeneratedReport {
  id: string;
  file: string;
  text: string;
  gold: GoldReport;
  manifest: ManifestEntry;
}

export interface ReportSpec {
  id: string;
  date: YMD;
  directiveCount: number;
}

function fill(template: string, rng: Rng, date: YMD, values: Record<string, string>): string {
  const numbers: Record<string, () => string> = {
    y: () => String(date.year),
    y0: () => String(date.year - 1),
    p: () => String(rng.int(5, 95)),
    q: () => String(rng.int(1, 9)),
    a: () => String(rng.int(12, 190)),
    b: () => String(rng.int(2, 40)),
    d: () => String(rng.int(1, 28)),
    m: () => String(rng.int(1, 12)),
  };
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? numbers[key]?.() ?? key);
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function generateReport(rng: Rng, roster: Roster, spec: ReportSpec): GeneratedReport {
  const iso = isoDate(spec.date);
  const ministries = assignableAgencies(iso);
  const meeting = makeMeeting(rng, spec.date, roster, ministries);
  const refs = chairReferences(meeting);
  const tasks = rng.sample(TASKS, TASKS.length);
  let taskIndex = 0;
  const ctx: DirectiveContext = {
    rng,
    meeting: spec.date,
    chairName: meeting.chair.name,
    chairRefs: refs,
    deputies: meeting.chair.isPrimeMinister ? roster.deputyPrimeMinisters : [],
    agency: () => chooseAgency(rng, rng.pick(ministries)),
    task: () => tasks[taskIndex++ % tasks.length],
  };
  const chairRef = `${meeting.chair.isPrimeMinister ? 'Thủ tướng' : 'Phó Thủ tướng'} ${meeting.chair.name}`;
  const officials = new Set<string>([meeting.chair.name]);
  const paragraphs: string[] = [];

  const headline = rng.chance(0.5) ? `${capitalise(meeting.topic)}: cần hành động quyết liệt, hiệu quả` : `${chairRef} chủ trì ${meeting.title}`;
  paragraphs.push(headline);
  const when = `${rng.pick(['Sáng', 'Chiều', 'Ngày'])} ${spec.date.day}/${spec.date.month}${rng.chance(0.3) ? `/${spec.date.year}` : ''}`;
  const lead = rng.chance(0.3) ? '(Chinhphu.vn) - ' : '';
  paragraphs.push(`${lead}${when}, ${meeting.chair.titleChain} ${meeting.chair.name} chủ trì ${meeting.title}.`);
  if (meeting.attendees.length > 0) {
    meeting.attendees.forEach((a) => officials.add(a.name));
    paragraphs.push(`Cùng dự có ${meeting.attendees.map((a) => `${a.titles} ${a.name}`).join('; ')}.`);
  }
  if (rng.chance(0.4)) {
    const province = rng.pick(provincesOn(iso));
    const chair = roster.provincialChairs.get(province.name)!;
    officials.add(chair);
    paragraphs.push(`Dự tại điểm cầu tỉnh ${province.name} có đồng chí ${chair}, Chủ tịch UBND tỉnh.`);
  }
  const stats = rng.sample(STATISTICS, rng.int(2, 3)).map((t) => fill(t, rng, spec.date, {}));
  paragraphs.push(stats.join(' '));
  paragraphs.push(`Toàn cảnh ${meeting.shortName} (Ảnh: ${rng.pick(PHOTOGRAPHERS)}).`);
  const remark = fill(rng.pick(NON_DIRECTIVES), rng, spec.date, {
    who: chairRef,
    agency: ctx.agency().written,
    topic: meeting.topic,
  });
  paragraphs.push(capitalise(remark));

  const directives: GoldDirective[] = [];
  const sentences: string[] = [];
  while (directives.length < spec.directiveCount) {
    const s = makeDirectiveSentence(ctx, spec.directiveCount - directives.length);
    sentences.push(s.sentence);
    directives.push(...s.directives);
    for (const d of s.directives) for (const a of d.assignees) if (!a.startsWith('Các ') && !ministries.some((m) => m.name === a)) officials.add(a);
  }
  paragraphs.push(`Kết luận ${meeting.shortName}, ${chairRef} ghi nhận những kết quả đạt được và chỉ rõ những tồn tại, hạn chế cần khắc phục.`);
  for (let i = 0; i < sentences.length; i += 2) {
    paragraphs.push(sentences.slice(i, i + 2).join(' '));
    // A caption that repeats a conclusion: the gold convention says it is not a directive.
    if (i === 2) {
      const caption = rng.chance(0.5)
        ? `${chairRef} phát biểu kết luận ${meeting.shortName}`
        : `${chairRef} yêu cầu ${ctx.agency().written} ${tasks[0]}`;
      paragraphs.push(`${caption} (Ảnh: ${rng.pick(PHOTOGRAPHERS)}).`);
    }
  }

  const text = paragraphs.join('\n') + '\n';
  // Published the same day or the next — never across New Year, where "Sáng 31/12" read with
  // the publication year would name another meeting date than the gold.
  const nextDay = addDays(iso, 1);
  const published = rng.chance(0.7) || nextDay.slice(0, 4) !== iso.slice(0, 4) ? iso : nextDay;
  const file = `${spec.id}.txt`;
  return {
    id: spec.id,
    file,
    text,
    gold: {
      doc: file,
      published,
      meeting: { date: iso, title: meeting.title, chairs: [meeting.chair.name] },
      officials: [...officials],
      directives,
    },
    manifest: { id: spec.id, file, title: headline, publisher: rng.pick(PUBLISHERS), published, language: 'vi' },
  };
}
