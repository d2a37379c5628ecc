// One directive: the task, its state, deadline as written, who leads, coordinates and
// monitors, the source sentence and the meeting it was given at.
import { gql } from '../api';
import { entityLink, errorBox, graphLink, loading, meetingLabel, sourceQuote, stateBadge } from '../components';
import { h, render } from '../dom';
import { formatDate, t } from '../i18n';
import { DIRECTIVE, type DirectiveRow, type Ref } from '../queries';
import { entityHref } from '../routes';
import type { ViewContext } from '../view';

interface DirectiveData {
  directive:
    | (Omit<DirectiveRow, 'deadline'> & {
        monitors: Ref[];
        recipients: string[];
        issuerRoles: string[];
        ruleIds: string[];
        deadline: { date: string; precision: string; phrase: string | null; relation: string | null; yearImplied: boolean; curated: boolean } | null;
      })
    | null;
}

function row(label: string, ...value: (Node | string | null)[]): HTMLElement {
  return h('div', {}, h('dt', {}, t(label)), h('dd', {}, ...value));
}

function refs(list: Ref[]): (Node | string)[] {
  return list.length === 0 ? ['—'] : list.flatMap((r, i) => (i > 0 ? [', ', entityLink(r)] : [entityLink(r)]));
}

export async function directiveView(ctx: ViewContext, id: string): Promise<void> {
  render(ctx.main, loading());
  let data: DirectiveData;
  try {
    data = await gql<DirectiveData>(DIRECTIVE, { id, asOf: ctx.asOf });
  } catch (err) {
    if (ctx.isCurrent()) render(ctx.main, errorBox(err));
    return;
  }
  if (!ctx.isCurrent()) return;
  const d = data.directive;
  if (d === null) {
    render(ctx.main, errorBox(new Error(t('No directive with id {id}.', { id }))));
    return;
  }
  ctx.setTitle(`${t('Directive')}: ${d.text.slice(0, 60)}`);
  const ddl = d.deadline;
  render(
    ctx.main,
    h('h1', {}, t('Directive')),
    h('p', { class: 'directive-text big', lang: 'vi' }, d.text),
    h('p', {}, stateBadge(d, ctx.asOf), ` ${t('on {date}', { date: formatDate(ctx.asOf) })}`),
    h(
      'dl',
      { class: 'facts' },
      row('Deadline', ddl ? `${formatDate(ddl.date)} (${t(ddl.precision.toLowerCase())}${ddl.yearImplied ? `, ${t('year implied by the publication date')}` : ''}${ddl.curated ? `, ${t('set by a curator')}` : ''})` : t('none'), ddl?.phrase ? h('span', { lang: 'vi' }, ` — “${ddl.phrase}”`) : null),
      row('Lead', ...refs(d.assignees)),
      row('Coordinating', ...refs(d.coordinators)),
      d.monitors.length > 0 ? row('Monitoring', ...refs(d.monitors)) : null,
      row('Issued by', d.issuedBy ? entityLink({ __typename: 'Official', ...d.issuedBy }) : '—', d.issuerRoles.length > 0 ? ` (${d.issuerRoles.join(', ')})` : ''),
      d.recipients.length > 0 ? row('Report to', d.recipients.join(', ')) : null,
      row('Meeting', h('a', { href: entityHref('meeting', d.meeting.id), id: 'meeting-link' }, meetingLabel(d.meeting))),
      row('Extraction rules', d.ruleIds.join(', ')),
    ),
    h('h2', {}, t('Source sentence')),
    sourceQuote(d.source),
    h('p', {}, graphLink('directive', d.id)),
  );
}
