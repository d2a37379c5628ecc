// Types for explorer/build.js, so TypeScript tests can bundle the page into a temp directory.
export declare const DEFAULT_OUT_DIR: string;
export declare function buildExplorer(options?: { outDir?: string; minify?: boolean }): Promise<string>;
