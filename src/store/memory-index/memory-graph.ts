// Every read of the store port over the in-memory graph, synchronous and pure: the embedded
// store adds durability around it, and tests or benchmarks can use it on its own.
import { byMeetingDate, type MeetingDirection, type MeetingKey } from '../../graph/meeting-order';
import type { EdgeType, GraphBatch, GraphEdge, GraphNode, MeetingNode, NodeLabel } from '../../graph/model';
import type { CurationRecord, DirectiveHit, DirectiveQuery, EdgeKey, GraphStats, Page, PageArgs, SearchArgs, SearchHit } from '../port';
import { CurationState, validateCuration } from './curation-state';
import { checkFirst, decodeCursor, encodeCursor, firstIndexAfter, pageAfter } from './cursor';
import { DirectiveIndex } from './directive-index';
import { findDirectives, type QueryContext } from './find-directives';
import { GraphState, type BatchOwnership } from './graph-state';
import { QueryCache } from './query-cache';
import { search } from './search';
import { shortestPath, shortestPathSteps } from './shortest-path';
import type { SlicedWork } from '../sliced-work';
import { stats } from './stats';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class MemoryGraph {
  readonly state = new GraphState();
  private readonly index: DirectiveIndex;
  readonly curations = new CurationState();
  private readonly ctx: QueryContext;
  /** Sorted listings, rebuilt when the state's version moves on. */
  private readonly sortedCache = new Map<string, { version: number; items: { id: string }[] }>();
  /** Directive pages by query and page, until the next write or curation. */
  private readonly directivePages = new QueryCache<Page<DirectiveHit>>(256);

  constructor() {
    this.index = new DirectiveIndex(this.state);
    this.state.addListener(this.index);
    this.ctx = { state: this.state, index: this.index, curations: this.curations };
  }

  applyBatch(batch: GraphBatch, hash: string, ownership: BatchOwnership = 'copy'): void {
    this.state.applyBatch(batch, hash, ownership);
  }

  /** Throws STORE_BAD_INPUT unless the record can be applied now. */
  checkCuration(record: CurationRecord): void {
    validateCuration(record, (id, kind) => {
      const node = this.state.nodes.get(id);
      return kind === 'Directive' ? node?.label === 'Directive' : node?.label === 'Agency' || node?.label === 'Official';
    });
  }

  applyCuration(record: CurationRecord): void {
    this.curations.apply(record);
  }

  getNodes(ids: readonly string[]): (GraphNode | null)[] {
    return ids.map((id) => this.state.nodes.get(id) ?? null);
  }

  getEdges(keys: readonly EdgeKey[]): GraphEdge[][] {
    return keys.map((key) => {
      const edges = key.direction === 'out' ? this.state.out(key.nodeId) : this.state.in(key.nodeId);
      return edges.filter((e) => e.type === key.type).sort(byId);
    });
  }

  /** The page is shared by every caller asking the same: callers read it, never change it. */
  findDirectives(query: DirectiveQuery, page: PageArgs): Page<DirectiveHit> {
    const key = JSON.stringify([query, page.first, page.after ?? null]);
    return this.directivePages.get(key, `${this.state.version}/${this.curations.version}`, () => findDirectives(this.ctx, query, page));
  }

  listNodes(label: NodeLabel, page: PageArgs): Page<GraphNode> {
    return this.listSorted('n:' + label, page, () => [...this.state.idsOfLabel(label)].map((id) => this.state.nodes.get(id) as GraphNode));
  }

  /** Sorted once per change of the graph; the cursor holds the last meeting's date and id. */
  listMeetingsByDate(direction: MeetingDirection, page: PageArgs): Page<MeetingNode> {
    checkFirst(page.first);
    const tag = `m:date:${direction}`;
    const order = byMeetingDate(direction);
    let cached = this.sortedCache.get(tag);
    if (cached === undefined || cached.version !== this.state.version) {
      const meetings = [...this.state.idsOfLabel('Meeting')].map((id) => this.state.nodes.get(id) as MeetingNode);
      cached = { version: this.state.version, items: meetings.sort(order) };
      this.sortedCache.set(tag, cached);
    }
    const items = cached.items as MeetingNode[];
    let start = 0;
    if (page.after !== undefined && page.after !== null) {
      const [, date, id] = decodeCursor(page.after, tag);
      const last: MeetingKey = { date: date === null ? null : String(date), id: String(id) };
      start = firstIndexAfter(items, (m) => order(m, last) > 0);
    }
    return pageAfter(items, page.first, start, (m) => encodeCursor([tag, m.date, m.id]));
  }

  listEdges(type: EdgeType | null, page: PageArgs): Page<GraphEdge> {
    return this.listSorted('e:' + (type ?? '*'), page, () => [...this.state.allEdges()].filter((e) => type === null || e.type === type));
  }

  search(args: SearchArgs, nameOf?: (node: GraphNode) => string): SearchHit[] {
    return search(this.state, args, nameOf);
  }

  shortestPath(from: string, to: string, maxHops: number): GraphEdge[] | null {
    return shortestPath(this.state, from, to, maxHops);
  }

  /** The same search as sliced work, for a caller that yields and may abort between slices. */
  shortestPathSteps(from: string, to: string, maxHops: number): SlicedWork<GraphEdge[] | null> {
    return shortestPathSteps(this.state, from, to, maxHops);
  }

  stats(top: number): GraphStats {
    return stats(this.state, top);
  }

  getCurations(directiveIds: readonly string[]): CurationRecord[][] {
    return directiveIds.map((id) => [...this.curations.of(id)]);
  }

  private listSorted<T extends { id: string }>(tag: string, page: PageArgs, collect: () => T[]): Page<T> {
    checkFirst(page.first);
    let cached = this.sortedCache.get(tag);
    if (cached === undefined || cached.version !== this.state.version) {
      cached = { version: this.state.version, items: collect().sort(byId) };
      this.sortedCache.set(tag, cached);
    }
    const items = cached.items as T[];
    let start = 0;
    if (page.after !== undefined && page.after !== null) {
      const afterId = String(decodeCursor(page.after, tag)[1]);
      start = firstIndexAfter(items, (item) => item.id > afterId);
    }
    return pageAfter(items, page.first, start, (item) => encodeCursor([tag, item.id]));
  }
}

export { checkFirst };
