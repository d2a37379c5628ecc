// Today in Vietnam, on its own: stats read it on every call, and importing it from run-ask
// loaded the whole of ask (its grammar and the gazetteer's agencies) at every start of `serve`.

/** Today in Vietnam (UTC+7), the reference for "overdue" when a question gives no date. */
export function vietnamToday(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
