// Answers of directive queries, kept until the graph or the curations change. A directive
// query walks every match of its narrowest condition to count them (totalCount), so its cost
// grows with the corpus although its answer only changes when a document or a curation is
// written. The same question asked again (the headline question, a page someone reloads) is
// then a lookup. Bounded: the least recently asked answer goes first.
export class QueryCache<V> {
  private readonly answers = new Map<string, V>();
  private generation = '';

  constructor(private readonly capacity: number) {}

  /** The answer for `key` at `generation` (any change of the data gives a new one), computed once. */
  get(key: string, generation: string, compute: () => V): V {
    if (generation !== this.generation) {
      this.answers.clear();
      this.generation = generation;
    }
    const known = this.answers.get(key);
    if (known !== undefined) {
      // Re-inserted: a Map iterates in insertion order, so the first key is the least recent.
      this.answers.delete(key);
      this.answers.set(key, known);
      return known;
    }
    const value = compute();
    this.answers.set(key, value);
    if (this.answers.size > this.capacity) this.answers.delete(this.answers.keys().next().value as string);
    return value;
  }

  get size(): number {
    return this.answers.size;
  }
}
