// What every view gets: where to draw, the day to judge deadlines on, and whether it is
// still the page the reader is looking at (a slow answer must not overwrite a newer view).
export interface ViewContext {
  main: HTMLElement;
  /** The "as of" day: from the address, else the browser's today. */
  asOf: string;
  isCurrent(): boolean;
  setTitle(title: string): void;
  /** Runs when the reader leaves the view (a WebGL renderer must be released). */
  onLeave(cleanup: () => void): void;
}
