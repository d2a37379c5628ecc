// stats: the store's counts, with `top` held to the page-size cap like every list.
import type { GraphStats } from '../store/port';
import type { ApiContext } from './context';
import { pageSize } from './pagination';

const DEFAULT_TOP = 10;

export async function statsView(ctx: ApiContext, top: number | null | undefined): Promise<GraphStats> {
  const n = pageSize(top ?? DEFAULT_TOP, ctx.config, 'top');
  return ctx.store.stats(n);
}
