// Document: the report; its meeting through REPORTED_IN.
import type { DocumentNode } from '../../graph/model';
import { neighbourIds } from '../adjacency';
import type { ApiContext } from '../context';
import { loadNode } from '../loaders';
import type { TypeResolvers } from './types';

export const Document: TypeResolvers = {
  sourceFile: (p: DocumentNode) => p.source,
  // Documents stored before formats and URLs were recorded were all read from text files.
  url: (p: DocumentNode) => p.url ?? null,
  format: (p: DocumentNode) => (p.format ?? 'text').toUpperCase(),
  official: (p: DocumentNode) => p.official ?? null,
  meeting: async (p: DocumentNode, _: unknown, ctx: ApiContext) => {
    const [meetingId] = await neighbourIds(ctx, p.id, 'REPORTED_IN', 'in');
    return meetingId === undefined ? null : loadNode(ctx.loaders, meetingId, 'Meeting');
  },
};
