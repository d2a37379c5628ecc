// Who held the posts that reports name by title alone ("Thủ tướng yêu cầu …"). Used only when
// the report itself does not name the holder. Terms from public records (National Assembly
// elections of the Prime Minister).
export interface Term {
  name: string;
  from: string;
  to: string | null;
}

export const PRIME_MINISTERS: readonly Term[] = [
  { name: 'Nguyễn Tấn Dũng', from: '2006-06-27', to: '2016-04-06' },
  { name: 'Nguyễn Xuân Phúc', from: '2016-04-07', to: '2021-04-04' },
  { name: 'Phạm Minh Chính', from: '2021-04-05', to: null },
];

export function primeMinisterOn(date: string | null): string | null {
  if (!date) return null;
  const term = PRIME_MINISTERS.find((t) => t.from <= date && (t.to === null || date <= t.to));
  return term?.name ?? null;
}
