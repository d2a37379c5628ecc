// Search results: any entity by name, alias, abbreviation, English name, without diacritics.
import { gql } from '../api';
import { entityLink, errorBox, loading, refName } from '../components';
import { h, render } from '../dom';
import { t } from '../i18n';
import { SEARCH, type Ref } from '../queries';
import { entityHref } from '../routes';
import type { ViewContext } from '../view';

interface SearchData {
  search: { totalCount: number; nodes: { kind: string; score: number; matched: string; entity: Ref & { nameEn?: string | null; abbreviations?: string[]; meeting?: { id: string } | null } }[] };
}

const KIND_LABELS: Record<string, string> = { AGENCY: 'Agency', OFFICIAL: 'Official', MEETING: 'Meeting', DIRECTIVE: 'Directive', DOCUMENT: 'Report', DEADLINE: 'Deadline' };

function hitLink(entity: SearchData['search']['nodes'][number]['entity']): HTMLElement {
  if (entity.__typename === 'Document' && entity.meeting) return h('a', { href: entityHref('meeting', entity.meeting.id) }, refName(entity));
  return entityLink(entity);
}

export async function searchView(ctx: ViewContext, q: string): Promise<void> {
  ctx.setTitle(`Search: ${q}`);
  const heading = h('h1', {}, `${t('Search')}: `, h('q', {}, q));
  if (q.trim() === '') {
    render(ctx.main, heading, h('p', {}, t('Type a name above: "Bộ Y tế", "bo y te", "Ministry of Health" or "BYT".')));
    return;
  }
  render(ctx.main, heading, loading());
  let data: SearchData;
  try {
    data = await gql<SearchData>(SEARCH, { text: q });
  } catch (err) {
    if (ctx.isCurrent()) render(ctx.main, heading, errorBox(err));
    return;
  }
  if (!ctx.isCurrent()) return;
  const hits = data.search.nodes;
  render(
    ctx.main,
    heading,
    h('p', { role: 'status' }, hits.length === 0 ? t('Nothing matches.') : t('{n} found, best first.', { n: data.search.totalCount })),
    h(
      'ol',
      { class: 'results', id: 'search-results' },
      hits.map((hit) =>
        h(
          'li',
          {},
          h('span', { class: `kind kind-${hit.kind.toLowerCase()}` }, t(KIND_LABELS[hit.kind] ?? hit.kind)),
          ' ',
          hitLink(hit.entity),
          hit.entity.nameEn ? h('span', { class: 'muted en' }, ` — ${hit.entity.nameEn}`) : null,
          hit.entity.abbreviations && hit.entity.abbreviations.length > 0 ? h('span', { class: 'muted' }, ` (${hit.entity.abbreviations.join(', ')})`) : null,
          h('span', { class: 'muted small' }, ` ${t('matched “{text}”', { text: hit.matched })}`),
        ),
      ),
    ),
  );
}
