// Answers to plain questions: how the server understood the question, the result
// (directives, meetings, officials or a path) and the sentences behind it.
import { gql } from '../api';
import { directiveCard, entityLink, errorBox, loading, meetingLabel } from '../components';
import { h, render } from '../dom';
import { t } from '../i18n';
import { ASK, ASK_PATH, type DirectiveRow, type Ref } from '../queries';
import { askHref, entityHref } from '../routes';
import type { ViewContext } from '../view';

interface AskData {
  ask: {
    status: 'ANSWERED' | 'NOT_UNDERSTOOD' | 'NOT_FOUND';
    question: string;
    message: string;
    examples: string[];
    understood: { intent: string; summary: string; query: string } | null;
    directives: { totalCount: number; nodes: DirectiveRow[] } | null;
    meetings: { id: string; title: string | null; date: string | null }[] | null;
    officials: { id: string; name: string }[] | null;
    path?: { length: number; steps: { edgeType: string; forward: boolean; from: Ref; to: Ref; source: { sentence: string } | null }[] } | null;
    citations: { sentence: string; document: { id: string; title: string | null } }[];
  };
}

function pathList(path: NonNullable<AskData['ask']['path']>): HTMLElement {
  return h(
    'ol',
    { class: 'path' },
    path.steps.map((step) =>
      h(
        'li',
        {},
        entityLink(step.from),
        h('span', { class: 'edge' }, step.forward ? ` —${step.edgeType}→ ` : ` ←${step.edgeType}— `),
        entityLink(step.to),
        step.source ? h('blockquote', { lang: 'vi', class: 'source-sentence' }, step.source.sentence) : null,
      ),
    ),
  );
}

/** Understood and found something: a success; understood but nothing matched: an answer, not a success. */
export function answerClass(a: Pick<AskData['ask'], 'status' | 'directives' | 'meetings' | 'officials' | 'path'>): 'answer' | 'answer empty' | 'error' {
  if (a.status !== 'ANSWERED') return 'error';
  const found = (a.directives?.totalCount ?? 0) + (a.meetings?.length ?? 0) + (a.officials?.length ?? 0) + (a.path ? 1 : 0);
  return found > 0 ? 'answer' : 'answer empty';
}

export async function askView(ctx: ViewContext, q: string): Promise<void> {
  ctx.setTitle(`${t('Ask')}: ${q}`);
  const heading = h('h1', {}, `${t('Question')}: `, h('q', {}, q));
  render(ctx.main, heading, loading());
  let data: AskData;
  try {
    data = await gql<AskData>(ASK, { question: q, asOf: ctx.asOf });
    if (data.ask.understood?.intent === 'PATH') {
      const more = await gql<{ ask: Pick<AskData['ask'], 'path'> }>(ASK_PATH, { question: q });
      data.ask.path = more.ask.path;
    }
  } catch (err) {
    if (ctx.isCurrent()) render(ctx.main, heading, errorBox(err));
    return;
  }
  if (!ctx.isCurrent()) return;
  const a = data.ask;
  const answered = a.status === 'ANSWERED';
  render(
    ctx.main,
    heading,
    h('p', { class: answerClass(a), role: 'status' }, a.message),
    a.understood ? h('p', { class: 'muted' }, `${t('Understood as')}: `, a.understood.summary, ' ', h('code', {}, a.understood.query)) : null,
    a.directives && a.directives.nodes.length > 0 ? h('section', {}, h('h2', {}, `${t('Directives')} (${a.directives.totalCount})`), a.directives.nodes.map((d) => directiveCard(d, ctx.asOf))) : null,
    a.meetings && a.meetings.length > 0 ? h('section', {}, h('h2', {}, t('Meetings')), h('ul', {}, a.meetings.map((m) => h('li', {}, h('a', { href: entityHref('meeting', m.id) }, meetingLabel(m)))))) : null,
    a.officials && a.officials.length > 0 ? h('section', {}, h('h2', {}, t('Officials')), h('ul', {}, a.officials.map((o) => h('li', {}, h('a', { href: entityHref('official', o.id) }, o.name))))) : null,
    a.path ? h('section', {}, h('h2', {}, t('How they are linked ({n} steps)', { n: a.path.length })), pathList(a.path)) : null,
    a.citations.length > 0 && !(a.directives && a.directives.nodes.length > 0)
      ? h('section', {}, h('h2', {}, t('Sources')), h('ul', {}, a.citations.map((c) => h('li', {}, h('blockquote', { lang: 'vi', class: 'source-sentence' }, c.sentence), h('span', { class: 'muted' }, c.document.title ?? c.document.id)))))
      : null,
    !answered && a.examples.length > 0 ? h('section', {}, h('h2', {}, t('Questions it can answer')), h('ul', {}, a.examples.map((e) => h('li', {}, h('a', { href: askHref(e) }, e))))) : null,
  );
}
