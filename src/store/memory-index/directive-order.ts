// Sort keys for directive listings: the ordered field, then the id, so every order is total.
// Missing values (no deadline, undated meeting) come last whichever the direction.
import type { DirectiveOrderField } from '../port';

export interface OrderKey {
  /** The ordered value: a date, or the document id for DOCUMENT_ORDER; null sorts last. */
  primary: string | null;
  /** The directive's position in its document for DOCUMENT_ORDER, else 0. */
  secondary: number;
  id: string;
}

export interface Order {
  field: DirectiveOrderField;
  direction: 'ASC' | 'DESC';
}

export const DEFAULT_ORDER: Order = { field: 'DOCUMENT_ORDER', direction: 'ASC' };

export function compareKeys(a: OrderKey, b: OrderKey, direction: 'ASC' | 'DESC'): number {
  const sign = direction === 'ASC' ? 1 : -1;
  if (a.primary !== b.primary) {
    if (a.primary === null) return 1;
    if (b.primary === null) return -1;
    return (a.primary < b.primary ? -1 : 1) * sign;
  }
  if (a.secondary !== b.secondary) return (a.secondary - b.secondary) * sign;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
