// The start page: what the explorer is, the agencies table and the downloads.
import { h, render } from '../dom';
import { t } from '../i18n';
import type { ViewContext } from '../view';
import { agenciesSection } from './agencies-table';

export const DOWNLOADS: { href: string; label: string; note: string }[] = [
  { href: '/export/gexf', label: 'GEXF', note: 'Gephi, networkx.read_gexf' },
  { href: '/export/graphml', label: 'GraphML', note: 'networkx.read_graphml, yEd' },
  { href: '/export/csv', label: 'CSV (tar of one file per node label and edge type)', note: 'spreadsheets, pandas' },
  { href: '/export/popolo', label: 'Popolo JSON', note: 'persons, organizations, posts, memberships, events, directives — with sources' },
  { href: '/export/neo4j-csv', label: 'Neo4j import CSV (tar)', note: 'neo4j-admin database import' },
];

export function downloadsSection(): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'downloads-heading', id: 'downloads' },
    h('h2', { id: 'downloads-heading' }, t('Download the graph')),
    h('ul', {}, DOWNLOADS.map((d) => h('li', {}, h('a', { href: d.href, download: '' }, t(d.label)), h('span', { class: 'muted' }, ` — ${t(d.note)}`)))),
  );
}

export async function homeView(ctx: ViewContext): Promise<void> {
  ctx.setTitle(t('minutes-graph — explorer'));
  const intro = h(
    'section',
    { class: 'intro' },
    h('h1', {}, t('Government meeting directives')),
    h('p', {}, t('Tasks the Vietnamese government assigns in its meetings: who gave them, which agency leads, by when, and the sentence of the report each one comes from. Search above in Vietnamese or English, with or without diacritics, or ask a question.')),
  );
  render(ctx.main, intro, h('p', {}, t('Loading…')));
  const table = await agenciesSection(ctx);
  if (!ctx.isCurrent()) return;
  render(ctx.main, intro, table, downloadsSection());
}
