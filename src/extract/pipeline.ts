// The extractor: an ordered list of steps, each reading what earlier steps left in the context
// and adding its own part, then small pure post-processing passes. Pure and total: any string
// gives a result; problems become diagnostics.
import type { ExtractionInput, ExtractionResult } from './types';
import { emptyMeeting, report, type ExtractContext } from './context';
import { segment } from './document/segment';
import { tokenize } from './document/tokens';
import { creditSpans, mergeOfficials, officialsInSentence } from './rules/officials';
import { extractMeeting } from './rules/meeting';
import { contextDistrict, contextProvince, extractAgencies } from './rules/agencies';
import { dropIssuerAsAssignee } from './post/issuer-not-assignee';
import { provincialSectors } from './post/provincial-sectors';
import { sectorDepartments } from './post/sector-departments';
import { nationalLocalities } from './post/national-localities';
import { taxBranches } from './post/tax-branches';
import { councilCommittees } from './post/council-committees';
import { fullBodyNames } from './post/full-body-names';
import { findDirectives } from './directives/find-directives';
import { chairFromAssigner } from './meeting/chair-from-assigner';
import { frontMatterDate } from './meeting/front-matter-date';
import { readOfficialLayout } from './document/official-layout';
import { chairFromLayout } from './meeting/chair-from-layout';
import { signerOccurrence } from './rules/signer-official';
import { portalSignerOccurrence } from './rules/portal-signer';
import type { Span } from './types';
import { parseDeadlines } from './deadline';
import { datelineReference, occasionReference } from './deadline/occasion-year';
import { withLimitWord } from './rules/deadline-link';
import { findAgency } from './lexicon/gazetteer';
import { dedupeDirectives, dropRepeatedLead, dropRestatedTasks, sortDirectives } from './post/directive-passes';

export interface Step {
  id: string;
  run(ctx: ExtractContext): void;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAY_HOLD_DATE = /\d|tháng|quý|năm|tết|tuần|hôm|mai|nay/iu;

/** Spans of the paragraphs that may carry directives (not bylines or sign-offs). */
function paragraphSpans(ctx: ExtractContext): { start: number; end: number }[] {
  const out: { start: number; end: number; paragraph: number }[] = [];
  for (const s of ctx.sentences) {
    if (s.kind === 'signoff' || s.kind === 'byline') continue;
    const last = out[out.length - 1];
    if (last && last.paragraph === s.paragraph) last.end = s.span.end;
    else out.push({ start: s.span.start, end: s.span.end, paragraph: s.paragraph });
  }
  return out;
}

export const STEPS: readonly Step[] = [
  { id: 'segment', run: (ctx) => { ctx.sentences = segment(ctx.text); } },
  {
    // The header, "Nơi nhận" and signature of an official document are not its body.
    id: 'official-layout',
    run: (ctx) => {
      const layout = ctx.layout ?? readOfficialLayout(ctx.text);
      ctx.layout = layout;
      ctx.outside = [layout.spans.header, layout.spans.recipients, layout.spans.signature].filter((s): s is Span => s !== null);
    },
  },
  {
    id: 'tokenize',
    run: (ctx) => {
      // Page chrome inside a sentence broken across two pages is no part of its words.
      ctx.tokens = ctx.sentences.map((s) => {
        const tokens = tokenize(ctx.text, s.span.start, s.span.end);
        const holes = s.holes;
        return holes ? tokens.filter((t) => !holes.some((h) => t.start >= h.start && t.end <= h.end)) : tokens;
      });
    },
  },
  {
    id: 'officials',
    run: (ctx) => {
      ctx.sentences.forEach((s, si) => {
        if (s.kind === 'byline' || s.kind === 'signoff') return;
        ctx.occurrences.push(...officialsInSentence(ctx.tokens[si], ctx.text, si, creditSpans(s)));
      });
      for (const signer of [signerOccurrence(ctx.layout, ctx.text, ctx.sentences), portalSignerOccurrence(ctx.text, ctx.sentences)]) {
        if (signer && !ctx.occurrences.some((o) => o.name === signer.name)) ctx.occurrences.push(signer);
      }
      ctx.officials = mergeOfficials(ctx.occurrences, (title) => tokenize(title));
    },
  },
  {
    id: 'meeting',
    run: (ctx) => {
      ctx.meeting = extractMeeting(ctx);
      // (With neither, year-less deadlines take the year of the text's own dateline, FORMAT.md.)
      ctx.reference = ctx.meeting.date ?? ctx.published ?? datelineReference(ctx.text);
      if (!ctx.meeting.date) report(ctx, 'meeting.date', 'info', 'no meeting date found in the text');
      else if (ctx.meeting.ruleIds.includes('meeting.date.published')) report(ctx, 'meeting.date.published', 'info', 'no meeting date in the text; the publication date is assumed');
      if (!ctx.meeting.chairs.length) report(ctx, 'meeting.chair', 'info', 'no chair found ("… chủ trì")');
    },
  },
  {
    id: 'agencies',
    run: (ctx) => {
      ctx.agencies = extractAgencies(ctx);
      ctx.province = contextProvince(ctx, (name) => findAgency(name, ctx.reference ?? undefined));
      ctx.district = contextDistrict(ctx.text);
    },
  },
  {
    id: 'deadlines',
    run: (ctx) => {
      // Paragraph by paragraph: a phrase at the end of one paragraph must not be read together
      // with the start of the next ("trong tháng 9.\n\n100% sân bay …"), and paragraphs with no
      // digit and no calendar word cannot hold one. Without any date to resolve against, only
      // phrases with a written year can be read.
      for (const p of paragraphSpans(ctx)) {
        const text = ctx.text.slice(p.start, p.end);
        if (!MAY_HOLD_DATE.test(text)) continue;
        for (const d of parseDeadlines(text, ctx.reference ?? occasionReference(text) ?? '')) {
          ctx.deadlines.push(withLimitWord(ctx.text, { ...d, span: { start: d.span.start + p.start, end: d.span.end + p.start } }));
        }
      }
    },
  },
  { id: 'directives', run: (ctx) => { ctx.directives = findDirectives(ctx); } },
  {
    id: 'meeting.chair-from-assigner',
    run: (ctx) => {
      if (ctx.meeting.chairs.some((c) => c.role === 'MAIN')) return;
      const chair = chairFromAssigner(ctx.directives, ctx.officials) ?? chairFromLayout(ctx);
      if (chair) { ctx.meeting.chairs.unshift(chair); ctx.meeting.ruleIds.push(chair.ruleId); }
    },
  },
  { id: 'post.dedupe', run: (ctx) => { ctx.directives = dedupeDirectives(ctx.directives); } },
  { id: 'post.issuer-not-assignee', run: (ctx) => { ctx.directives = dropIssuerAsAssignee(ctx.directives, ctx.officials); } },
  { id: 'post.provincial-sectors', run: (ctx) => { ctx.directives = provincialSectors(ctx.directives, ctx.officials, ctx.province); } },
  { id: 'post.sector-departments', run: (ctx) => { ctx.directives = sectorDepartments(ctx.directives, ctx.officials, ctx.province); } },
  { id: 'post.national-localities', run: (ctx) => { ctx.directives = nationalLocalities(ctx.directives, ctx.officials, ctx.province); } },
  { id: 'post.tax-branches', run: (ctx) => { ctx.directives = taxBranches(ctx.directives, ctx.text); } },
  { id: 'post.council-committees', run: (ctx) => { ctx.directives = councilCommittees(ctx.directives, ctx.text, ctx.province); } },
  { id: 'post.full-body-names', run: (ctx) => { ctx.directives = fullBodyNames(ctx.directives, ctx.tokens); } },
  { id: 'post.repeated-lead', run: (ctx) => { ctx.directives = dropRepeatedLead(ctx.directives); } },
  { id: 'post.restated-task', run: (ctx) => { ctx.directives = dropRestatedTasks(ctx.directives, ctx.text); } },
  { id: 'post.sort', run: (ctx) => { ctx.directives = sortDirectives(ctx.directives); } },
];

function newContext(input: ExtractionInput): ExtractContext {
  const text = typeof input.text === 'string' ? input.text.normalize('NFC') : '';
  const given = typeof input.published === 'string' && ISO_DATE.test(input.published) ? input.published : null;
  const published = given ?? (input.published == null ? frontMatterDate(text) : null);
  return {
    text, published, sentences: [], tokens: [], occurrences: [], officials: [], meeting: emptyMeeting(), reference: published,
    agencies: [], province: null, deadlines: [], directives: [], diagnostics: [], outside: [],
    // A layout read by the caller is reused only when its spans index this very text.
    layout: input.layout !== undefined && text === input.text ? input.layout : undefined,
  };
}

/** Extracts meeting, officials, agencies, deadlines and directives from one report. */
export function extract(input: ExtractionInput): ExtractionResult {
  const ctx = newContext(input);
  if (input.published && !ctx.published) report(ctx, 'input.published', 'warning', `published date "${String(input.published)}" is not YYYY-MM-DD; ignored`);
  for (const step of STEPS) {
    try {
      step.run(ctx);
    } catch (err) {
      // A failing step is a bug, but one document must not take the batch down: record it.
      report(ctx, `step.${step.id}`, 'error', `step failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return {
    text: ctx.text,
    meeting: ctx.meeting,
    officials: ctx.officials,
    agencies: ctx.agencies,
    directives: ctx.directives,
    deadlines: ctx.deadlines,
    diagnostics: ctx.diagnostics,
  };
}
