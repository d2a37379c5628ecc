// Officials and agencies of one document: the shared nodes a batch upserts.
import type { ExtractionResult, PartyRef } from '../extract/types';
import { fold } from '../text/fold';
import type { BatchBuilder } from './batch-builder';
import { agencyNodeFromName, agencyNodeFromRow, dayAfter, successionChain, type Gazetteer } from './gazetteer';
import { agencyId, officialId } from './ids';
import type { OfficialNode } from './model';
import { postsOfTitles } from './posts';

export function officialNode(name: string): OfficialNode {
  const lower = name.normalize('NFC').toLowerCase();
  const folded = fold(name);
  return { label: 'Official', id: officialId(name), name, searchKeys: lower === folded ? [folded] : [folded, lower] };
}

/** Titles each named official holds at this meeting: chair titles and mention titles, merged. */
export function titlesByOfficial(result: ExtractionResult): Map<string, string[]> {
  const titles = new Map<string, string[]>();
  const add = (name: string, more: readonly string[]) => {
    const list = titles.get(name) ?? [];
    for (const title of more) if (!list.includes(title)) list.push(title);
    titles.set(name, list);
  };
  for (const chair of result.meeting.chairs) add(chair.name, chair.titles);
  for (const official of result.officials) add(official.name, official.titles);
  return titles;
}

/** Adds the Official node for `name` and returns its id. */
export function addOfficial(builder: BatchBuilder, name: string): string {
  const node = officialNode(name);
  builder.addNode(node);
  return node.id;
}

/**
 * Adds the Agency node an agency or group name refers to — from the gazetteer when it knows
 * the key, otherwise only the name as written — plus its succession chain. Returns its id.
 */
export function addAgency(builder: BatchBuilder, gazetteer: Gazetteer, ref: { name: string; key?: string; kind: string }): string {
  const row = gazetteer.get(ref.key ?? fold(ref.name)) ?? gazetteer.get(fold(ref.name));
  if (row === undefined) {
    const node = agencyNodeFromName(ref.name, ref.kind === 'agency' ? 'other' : ref.kind);
    builder.addNode(node);
    return node.id;
  }
  const node = agencyNodeFromRow(row);
  if (builder.hasNode(node.id)) return node.id;
  builder.addNode(node);
  let previous = row;
  for (const successor of successionChain(gazetteer, row)) {
    builder.addNode(agencyNodeFromRow(successor));
    const effective = previous.validTo === null ? null : dayAfter(previous.validTo);
    builder.addEdge('SUCCEEDED_BY', agencyId(previous.name), agencyId(successor.name), { effective }, { shared: true });
    previous = successor;
  }
  return node.id;
}

/** The node a party of a directive links to: an Official for named people, else an Agency. */
export function addParty(builder: BatchBuilder, gazetteer: Gazetteer, party: PartyRef): string {
  return party.kind === 'official' ? addOfficial(builder, party.name) : addAgency(builder, gazetteer, party);
}

/** HOLDS_POST edges for the posts the officials' titles name, seen on the meeting's day. */
export function addPosts(builder: BatchBuilder, gazetteer: Gazetteer, titles: ReadonlyMap<string, string[]>, seen: string | null): void {
  for (const [name, list] of titles) {
    for (const post of postsOfTitles(list, gazetteer)) {
      const agency = addAgency(builder, gazetteer, { name: post.row.name, key: fold(post.row.name), kind: String(post.row.kind) });
      // One edge per report that shows the post: the document is part of the id.
      builder.addEdge('HOLDS_POST', addOfficial(builder, name), agency, { title: post.title, seen }, { extra: `${builder.documentId}|${post.title}` });
    }
  }
}
