// The controls above the graph: the legend, which doubles as the filters (a checkbox per node
// kind and per edge type that occurs), and "show more" on a large neighbourhood.
import { h } from './dom';
import { EDGE_TYPES, KIND_COLOURS, KIND_LABELS, UNKNOWN_EDGE_COLOUR } from './graph-style';
import type { EgoGraph } from './graph-types';
import { t } from './i18n';
import type { EntityKind } from './routes';

export interface GraphFilters {
  hiddenKinds: Set<EntityKind>;
  hiddenEdgeTypes: Set<string>;
}

function toggle(id: string, text: string, swatch: HTMLElement, onChange: (shown: boolean) => void): HTMLElement {
  const box = h('input', { type: 'checkbox', id, checked: true });
  box.addEventListener('change', () => onChange(box.checked));
  return h('li', {}, box, h('label', { for: id }, swatch, text));
}

/** The legend and filters; `changed` runs after any checkbox changes `filters`. */
export function filterControls(ego: EgoGraph, filters: GraphFilters, changed: () => void): HTMLElement {
  const kinds = (Object.keys(KIND_COLOURS) as EntityKind[]).filter((k) => ego.nodes.some((n) => n.kind === k && n.id !== ego.centre));
  const types = [...new Set(ego.edges.map((e) => e.type))].sort((a, b) => Object.keys(EDGE_TYPES).indexOf(a) - Object.keys(EDGE_TYPES).indexOf(b));
  const flip = <T>(set: Set<T>, value: T) => (shown: boolean) => {
    if (shown) set.delete(value);
    else set.add(value);
    changed();
  };
  return h(
    'div',
    { class: 'graph-controls', id: 'graph-controls' },
    h(
      'fieldset',
      {},
      h('legend', {}, t('Entities')),
      h('ul', { class: 'toggles' }, kinds.map((k) => toggle(`show-kind-${k}`, t(KIND_LABELS[k]), h('span', { class: 'swatch dot', style: `background:${KIND_COLOURS[k]}` }), flip(filters.hiddenKinds, k)))),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('Links')),
      h(
        'ul',
        { class: 'toggles' },
        types.map((type) => toggle(`show-edge-${type}`, t(EDGE_TYPES[type]?.label ?? type), h('span', { class: 'swatch line', style: `background:${EDGE_TYPES[type]?.colour ?? UNKNOWN_EDGE_COLOUR}` }), flip(filters.hiddenEdgeTypes, type))),
      ),
    ),
  );
}

/** "Show N more" while some of the neighbourhood is not drawn; null when all of it is. */
export function showMoreButton(shown: number, total: number, step: number, onClick: () => void): HTMLElement | null {
  if (shown >= total) return null;
  const button = h('button', { type: 'button', id: 'graph-show-more' }, t('Show {n} more', { n: Math.min(step, total - shown) }));
  button.addEventListener('click', onClick);
  return h('p', { class: 'show-more' }, `${t('{shown} of {total} linked entities drawn.', { shown, total })} `, button);
}
