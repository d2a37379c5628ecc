// Names in filters and questions → ids. Only whole-name matches count (the store's exact search
// over folded names, aliases, abbreviations and English names), so "Bộ Y tế", "Ministry of
// Health", "MOH" and "bo y te" find the same agency, and a name that matches nothing is
// reported NOT_FOUND — never silently replaced by the nearest thing.
import type { GraphQLError } from 'graphql';
import type { NodeLabel, OfficialRole } from '../graph/model';
import type { StorePort } from '../store/port';
import { fold } from '../text/fold';
import { notFound, quote } from './errors';

export type Resolved<T> = { ok: true; value: T } | { ok: false; error: GraphQLError };

/** Posts that name "whoever held it": folded spellings → the ISSUED edge's role. */
const POSTS: ReadonlyMap<string, OfficialRole> = new Map<string, OfficialRole>([
  ...(['pm', 'prime minister', 'premier', 'thu tuong', 'thu tuong chinh phu', 'ttg'] as const).map((k) => [k, 'PRIME_MINISTER'] as const),
  ...(['deputy pm', 'dpm', 'deputy prime minister', 'vice prime minister', 'pho thu tuong', 'pho thu tuong chinh phu'] as const).map(
    (k) => [k, 'DEPUTY_PRIME_MINISTER'] as const,
  ),
  ...(
    [
      'permanent deputy pm',
      'permanent deputy prime minister',
      'pho thu tuong thuong truc',
      'pho thu tuong thuong truc chinh phu',
    ] as const
  ).map((k) => [k, 'PERMANENT_DEPUTY_PRIME_MINISTER'] as const),
  ...(['general secretary', 'party general secretary', 'tong bi thu'] as const).map((k) => [k, 'GENERAL_SECRETARY'] as const),
  ...(['president', 'state president', 'chu tich nuoc'] as const).map((k) => [k, 'PRESIDENT'] as const),
  ...(['national assembly chair', 'na chair', 'chu tich quoc hoi'] as const).map((k) => [k, 'NA_CHAIR'] as const),
  ...(['minister', 'bo truong'] as const).map((k) => [k, 'MINISTER'] as const),
]);

/**
 * English names people use for the two groups the graph knows (the gazetteer's English names,
 * "localities (provinces and cities)", are descriptions, not names anyone types).
 */
const GROUP_NAMES_EN: ReadonlyMap<string, string> = new Map([
  ...['localities', 'the localities', 'local authorities', 'local governments', 'provinces', 'the provinces', 'provinces and cities', 'all localities', 'all provinces'].map(
    (k) => [k, 'các địa phương'] as const,
  ),
  ...['ministries', 'the ministries', 'ministries and sectors', 'ministries and agencies', 'all ministries', 'ministries and branches'].map((k) => [k, 'các bộ, ngành'] as const),
  ...['ministries and localities', 'ministries sectors and localities', 'ministries agencies and localities'].map((k) => [k, 'các bộ, ngành, địa phương'] as const),
]);

/** The Vietnamese group name an English group name stands for ("the localities" → "các địa phương"), or null. */
export function groupNameOf(name: string): string | null {
  return GROUP_NAMES_EN.get(fold(name)) ?? null;
}

/** The folded form names are compared in, without a leading English article. */
export function nameKey(name: string): string {
  return fold(name).replace(/^the /, '');
}

/** The post a name stands for ("PM", "Thủ tướng Chính phủ"), or null when it is not a post. */
export function postOf(name: string): OfficialRole | null {
  return POSTS.get(nameKey(name)) ?? null;
}

const MAX_EXACT = 50;

/** Ids of entities of these labels whose whole name (any spelling) is `name`, best first. */
export async function exactIds(store: StorePort, name: string, labels: NodeLabel[]): Promise<string[]> {
  const key = nameKey(name);
  if (key === '') return [];
  const hits = await store.search({ text: key, labels, exact: true, first: MAX_EXACT });
  return [...new Set(hits.map((h) => h.id))];
}

/** Agencies by name, or by the English name of a group. */
async function agencyIds(store: StorePort, name: string): Promise<string[]> {
  const ids = await exactIds(store, name, ['Agency']);
  const group = ids.length > 0 ? null : groupNameOf(name);
  return group === null ? ids : exactIds(store, group, ['Agency']);
}

export async function resolveAgencies(store: StorePort, name: string): Promise<Resolved<string[]>> {
  const ids = await agencyIds(store, name);
  return ids.length > 0 ? { ok: true, value: ids } : { ok: false, error: notFound(`No agency matches ${quote(name)}.`) };
}

export async function resolveOfficials(store: StorePort, name: string): Promise<Resolved<string[]>> {
  const ids = await exactIds(store, name, ['Official']);
  return ids.length > 0 ? { ok: true, value: ids } : { ok: false, error: notFound(`No official matches ${quote(name)}.`) };
}

/** An assignee: agencies first (the usual case), else a person given the task by name. */
export async function resolveAssignees(store: StorePort, name: string): Promise<Resolved<string[]>> {
  const agencies = await agencyIds(store, name);
  if (agencies.length > 0) return { ok: true, value: agencies };
  const officials = await exactIds(store, name, ['Official']);
  if (officials.length > 0) return { ok: true, value: officials };
  return { ok: false, error: notFound(`No agency or official matches ${quote(name)}.`) };
}

export type Issuer = { kind: 'post'; role: OfficialRole } | { kind: 'officials'; ids: string[] };

/** Who gave a task: a post (whoever held it at the time) or a named person. */
export async function resolveIssuer(store: StorePort, name: string): Promise<Resolved<Issuer>> {
  const role = postOf(name);
  if (role !== null) return { ok: true, value: { kind: 'post', role } };
  const officials = await exactIds(store, name, ['Official']);
  if (officials.length > 0) return { ok: true, value: { kind: 'officials', ids: officials } };
  const titled = await titledOfficials(store, name);
  if (titled.length > 0) return { ok: true, value: { kind: 'officials', ids: titled } };
  return { ok: false, error: notFound(`No official or post matches ${quote(name)}.`) };
}

/** "Phó Thủ tướng Nguyễn Hòa Bình", "Deputy PM Nguyễn Hòa Bình": a post, then the person holding it. */
export async function titledOfficials(store: StorePort, name: string): Promise<string[]> {
  const words = nameKey(name).split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    if (postOf(words.slice(0, n).join(' ')) === null) continue;
    const ids = await exactIds(store, words.slice(n).join(' '), ['Official']);
    if (ids.length > 0) return ids;
  }
  return [];
}

/** Any entity by its whole name, for `path` questions: agencies, officials, then meetings. */
export async function resolveEntity(store: StorePort, name: string): Promise<Resolved<string>> {
  for (const labels of [['Agency'], ['Official'], ['Meeting', 'Document']] as NodeLabel[][]) {
    const ids = await exactIds(store, name, labels);
    if (ids.length > 0) return { ok: true, value: ids[0] };
  }
  return { ok: false, error: notFound(`Nothing in the graph is named ${quote(name)}.`) };
}
