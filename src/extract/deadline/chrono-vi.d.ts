// chrono-node publishes its locales through package "exports" ("chrono-node/vi"), which the
// project's node10 module resolution does not read. At run time Node and Jest resolve the
// subpath through "exports"; this declaration points the type checker at the same file.
declare module 'chrono-node/vi' {
  export * from 'chrono-node/dist/esm/locales/vi';
}
