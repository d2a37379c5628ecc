// Deadline: a stored Deadline node (also reachable through search and paths) or a curated one.
import type { DeadlineView } from '../directive-view';
import type { TypeResolvers } from './types';

export const Deadline: TypeResolvers = {
  curated: (p: Partial<DeadlineView>) => p.curated ?? false,
};
