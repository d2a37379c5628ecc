// The ground-truth shape, identical to test/fixtures/gold/*.json (shared eval FORMAT.md).

export interface GoldDirective {
  /** An exact substring of the report text. */
  evidence: string;
  assigner: string | null;
  assignees: string[];
  coordinators: string[];
  deadline: string | null;
}

export interface GoldReport {
  doc: string;
  published: string | null;
  meeting: { date: string | null; title: string | null; chairs: string[] };
  officials: string[];
  directives: GoldDirective[];
}

/** One entry of manifest.json, as in seeds/manifest.json. */
export interface ManifestEntry {
  id: string;
  file: string;
  title: string;
  publisher: string | null;
  published: string;
  language: 'vi';
}
