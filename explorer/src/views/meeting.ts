// A meeting: when and what, who chaired it (and bridge points), who attended, the report,
// and its directives in the order the report gives them (filtered and paged).
import { gql } from '../api';
import { countLine, errorBox, graphLink, loading } from '../components';
import { directiveList } from '../directive-list';
import { h, render } from '../dom';
import { fetchAllDirectives, type AllDirectives } from '../directive-pages';
import { formatDate, t } from '../i18n';
import { MEETING, MEETING_DIRECTIVES } from '../queries';
import { entityHref } from '../routes';
import type { ViewContext } from '../view';

interface MeetingData {
  meeting: {
    id: string;
    title: string | null;
    date: string | null;
    kind: string | null;
    ordinal: number | null;
    organiser: string | null;
    chairs: { name: string; role: string; titles: string[]; location: string | null; official: { id: string } }[];
    attendees: { id: string; name: string }[];
    document: { id: string; title: string | null; published: string | null; publisher: string | null; sourceFile: string | null };
  } | null;
}

export async function meetingView(ctx: ViewContext, id: string): Promise<void> {
  render(ctx.main, loading());
  let data: MeetingData;
  let directives: AllDirectives;
  try {
    [data, directives] = await Promise.all([
      gql<MeetingData>(MEETING, { id }),
      fetchAllDirectives(MEETING_DIRECTIVES, { id, asOf: ctx.asOf }, (d) => d.meeting?.directives),
    ]);
  } catch (err) {
    if (ctx.isCurrent()) render(ctx.main, errorBox(err));
    return;
  }
  if (!ctx.isCurrent()) return;
  const m = data.meeting;
  if (m === null) {
    render(ctx.main, errorBox(new Error(t('No meeting with id {id}.', { id }))));
    return;
  }
  ctx.setTitle(m.title ?? t('Meeting'));
  const doc = m.document;
  render(
    ctx.main,
    h('h1', { lang: 'vi' }, m.title ?? t('Meeting')),
    h('p', { class: 'muted' }, [m.date ? formatDate(m.date) : null, m.kind ? t(m.kind) : null, m.ordinal !== null ? t('session {n}', { n: m.ordinal }) : null, m.organiser].filter(Boolean).join(' · ')),
    h('p', {}, `${t('Report')}: `, h('span', { lang: 'vi' }, doc.title ?? doc.id), doc.published ? ` (${t('published {date}', { date: formatDate(doc.published) })})` : '', doc.publisher ? `, ${doc.publisher}` : ''),
    h('p', {}, graphLink('meeting', m.id)),
    h(
      'section',
      { id: 'chairs' },
      h('h2', {}, t('Chaired by')),
      m.chairs.length === 0
        ? h('p', {}, t('The report names no chair.'))
        : h(
            'ul',
            {},
            m.chairs.map((c) =>
              h(
                'li',
                {},
                h('a', { href: entityHref('official', c.official.id) }, c.name),
                c.titles.length > 0 ? h('span', { lang: 'vi' }, `, ${c.titles.join(', ')}`) : null,
                c.role === 'BRIDGE' ? h('span', { class: 'muted' }, ` — ${t('bridge point')}${c.location ? ` ${c.location}` : ''}`) : null,
              ),
            ),
          ),
    ),
    m.attendees.length > 0 ? h('section', { id: 'attendees' }, h('h2', {}, t('Officials named')), h('ul', { class: 'inline-list' }, m.attendees.map((o) => h('li', {}, h('a', { href: entityHref('official', o.id) }, o.name))))) : null,
    h('section', { id: 'directives' }, h('h2', {}, countLine(directives.totalCount, 'directive')), directiveList(directives.rows, { id: 'directives', asOf: ctx.asOf, showMeeting: false, numbered: true })),
  );
}
