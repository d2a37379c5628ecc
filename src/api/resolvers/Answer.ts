// Answer and Citation: the ask() result as built by ask/run-ask.ts.
import type { ApiContext } from '../context';
import { loadNode } from '../loaders';
import type { SourceView } from '../source-view';
import type { TypeResolvers } from './types';

export const Citation: TypeResolvers = {
  document: (p: SourceView, _: unknown, ctx: ApiContext) => loadNode(ctx.loaders, p.documentId, 'Document'),
};
