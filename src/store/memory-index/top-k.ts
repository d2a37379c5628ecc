// The k smallest items of a stream under a comparator, kept sorted: O(n) comparisons when
// most items lose against the current k-th, which is the case for a page of a long listing.
// Large k (exports) collect and sort instead, where inserting into a sorted array would cost O(n·k).
const SELECT_LIMIT = 128;

export class TopK<T> {
  private items: T[] = [];

  constructor(
    private readonly k: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    const { items, k, compare } = this;
    if (k <= 0) return;
    if (k > SELECT_LIMIT) {
      items.push(item);
      return;
    }
    if (items.length === k && compare(item, items[k - 1]) >= 0) return;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(items[mid], item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, item);
    if (items.length > k) items.pop();
  }

  sorted(): T[] {
    if (this.k > SELECT_LIMIT) this.items = this.items.sort(this.compare).slice(0, this.k);
    return [...this.items];
  }
}
