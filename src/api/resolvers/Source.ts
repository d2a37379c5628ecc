// Source: the sentence and span; the report through the loader.
import type { ApiContext } from '../context';
import { nodeNow } from '../loaders';
import type { SourceView } from '../source-view';
import type { TypeResolvers } from './types';

export const Source: TypeResolvers = {
  document: (p: SourceView, _: unknown, ctx: ApiContext) => nodeNow(ctx.loaders, p.documentId, 'Document'),
};
