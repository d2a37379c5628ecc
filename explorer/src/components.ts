// Pieces shared by the views: links to entities, a directive card with its source sentence,
// status badges, loading and error states.
import { ApiError } from './api';
import { h, type Child } from './dom';
import { countOf, formatDate, t } from './i18n';
import type { DirectiveRow, Ref } from './queries';
import { entityHref, graphHref, kindOfTypename, type EntityKind } from './routes';
import { deadlineState, stateLabel } from './status';

export function refName(ref: Ref): string {
  return ref.name ?? ref.title ?? (ref.text !== undefined ? truncate(ref.text, 90) : null) ?? ref.date ?? ref.deadlineDate ?? ref.id ?? '?';
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A link to the entity's page, or plain text when the page has no view of its kind. */
export function entityLink(ref: Ref, text?: string): HTMLElement {
  const kind = kindOfTypename(ref.__typename);
  const label = text ?? refName(ref);
  return kind !== null && ref.id ? h('a', { href: entityHref(kind, ref.id) }, label) : h('span', {}, label);
}

export function meetingLabel(meeting: { title: string | null; date: string | null }): string {
  return [meeting.date ? formatDate(meeting.date) : null, meeting.title ?? t('Meeting')].filter(Boolean).join(' — ');
}

export function stateBadge(row: DirectiveRow, asOf: string): HTMLElement {
  const state = deadlineState(row, asOf);
  return h('span', { class: `badge state-${state}` }, stateLabel(state));
}

function partyList(label: string, refs: Ref[]): Child {
  if (refs.length === 0) return null;
  return h('div', { class: 'parties' }, h('span', { class: 'muted' }, `${t(label)}: `), ...refs.flatMap((r, i) => [i > 0 ? ', ' : '', entityLink(r)]));
}

export function sourceQuote(source: DirectiveRow['source']): HTMLElement {
  return h(
    'figure',
    { class: 'source' },
    h('blockquote', { lang: 'vi', class: 'source-sentence' }, source.sentence),
    h('figcaption', {}, `${t('Source')}: `, source.document.title ?? source.document.id, source.document.published ? ` (${formatDate(source.document.published)})` : '', `, ${t('characters {start}–{end}', { start: source.start, end: source.end })}`),
  );
}

/** One directive: deadline and state, the task, who, the source sentence, the meeting. */
export function directiveCard(row: DirectiveRow, asOf: string, options: { showMeeting?: boolean; index?: number } = {}): HTMLElement {
  const deadline = row.deadline;
  return h(
    'article',
    { class: `directive state-${deadlineState(row, asOf)}`, id: `d-${row.id}`, 'data-directive-id': row.id },
    h(
      'header',
      {},
      options.index !== undefined ? h('span', { class: 'ordinal' }, `${options.index + 1}.`) : null,
      stateBadge(row, asOf),
      h('span', { class: 'deadline' }, deadline ? t('due {date}', { date: formatDate(deadline.date) }) : t('no deadline')),
      deadline?.phrase ? h('span', { class: 'muted', lang: 'vi' }, ` (“${deadline.phrase}”)`) : null,
    ),
    h('p', { class: 'directive-text', lang: 'vi' }, h('a', { href: entityHref('directive', row.id) }, row.text)),
    partyList('Lead', row.assignees),
    partyList('Coordinating', row.coordinators),
    row.issuedBy ? h('div', { class: 'parties' }, h('span', { class: 'muted' }, `${t('Issued by')}: `), entityLink({ __typename: 'Official', ...row.issuedBy })) : null,
    sourceQuote(row.source),
    options.showMeeting === false ? null : h('div', { class: 'meeting-link' }, `${t('Meeting')}: `, h('a', { href: entityHref('meeting', row.meeting.id) }, meetingLabel(row.meeting))),
  );
}

export function graphLink(kind: EntityKind, id: string): HTMLElement {
  return h('a', { href: graphHref(kind, id), class: 'graph-link' }, t('Graph of its neighbourhood'));
}

export function loading(): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, t('Loading…'));
}

export function errorBox(err: unknown): HTMLElement {
  const message = err instanceof Error ? err.message : String(err);
  const code = err instanceof ApiError && err.code ? ` [${err.code}]` : '';
  return h('div', { class: 'error', role: 'alert' }, `${message}${code}`);
}

export function countLine(n: number, singular: string): string {
  return countOf(n, singular);
}
