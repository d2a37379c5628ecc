// Curation: the record as stored, with its value read back as a status, assignees or a date.
import type { CurationRecord } from '../../store/port';
import type { ApiContext } from '../context';
import { assigneeIdsOfCuration } from '../directive-view';
import type { TypeResolvers } from './types';

export const Curation: TypeResolvers = {
  status: (p: CurationRecord) => (p.kind === 'STATUS' ? p.value : null),
  assignees: async (p: CurationRecord, _: unknown, ctx: ApiContext) => {
    if (p.kind !== 'ASSIGNEES') return null;
    const nodes = await ctx.loaders.nodes.loadMany(assigneeIdsOfCuration(p));
    return nodes.filter((n) => n !== null && !(n instanceof Error));
  },
  deadline: (p: CurationRecord) => (p.kind === 'DEADLINE' && p.value !== '' ? p.value : null),
};
