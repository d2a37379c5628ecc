// An official: posts, meetings chaired and directives issued (filtered and paged).
import { gql } from '../api';
import { countLine, errorBox, graphLink, loading, meetingLabel } from '../components';
import { directiveList } from '../directive-list';
import { h, render } from '../dom';
import { fetchAllDirectives, type AllDirectives } from '../directive-pages';
import { formatDate, t } from '../i18n';
import { OFFICIAL, OFFICIAL_DIRECTIVES } from '../queries';
import { entityHref } from '../routes';
import type { ViewContext } from '../view';

interface OfficialData {
  official: {
    id: string;
    name: string;
    meetingsChaired: { totalCount: number; nodes: { id: string; title: string | null; date: string | null }[] };
    posts: { title: string; seen: string | null; agency: { id: string; name: string } }[];
  } | null;
}

export async function officialView(ctx: ViewContext, id: string): Promise<void> {
  render(ctx.main, loading());
  let data: OfficialData;
  let issued: AllDirectives;
  try {
    [data, issued] = await Promise.all([
      gql<OfficialData>(OFFICIAL, { id }),
      fetchAllDirectives(OFFICIAL_DIRECTIVES, { id, asOf: ctx.asOf }, (d) => d.official?.directivesIssued),
    ]);
  } catch (err) {
    if (ctx.isCurrent()) render(ctx.main, errorBox(err));
    return;
  }
  if (!ctx.isCurrent()) return;
  const o = data.official;
  if (o === null) {
    render(ctx.main, errorBox(new Error(t('No official with id {id}.', { id }))));
    return;
  }
  ctx.setTitle(o.name);
  render(
    ctx.main,
    h('h1', { lang: 'vi' }, o.name),
    h('p', {}, graphLink('official', o.id)),
    o.posts.length > 0
      ? h('section', { id: 'posts' }, h('h2', {}, t('Posts')), h('ul', {}, o.posts.map((p) => h('li', {}, `${p.title} — `, h('a', { href: entityHref('agency', p.agency.id) }, p.agency.name), p.seen ? ` (${t('seen {date}', { date: formatDate(p.seen) })})` : ''))))
      : null,
    h(
      'section',
      { id: 'chaired' },
      h('h2', {}, t('Chaired {count}', { count: countLine(o.meetingsChaired.totalCount, 'meeting') })),
      h('ul', {}, o.meetingsChaired.nodes.map((m) => h('li', {}, h('a', { href: entityHref('meeting', m.id) }, meetingLabel(m))))),
    ),
    h('section', { id: 'issued' }, h('h2', {}, t('Issued {count}', { count: countLine(issued.totalCount, 'directive') })), directiveList(issued.rows, { id: 'issued', asOf: ctx.asOf })),
  );
}
