// File names as the command line prints them: one line per file must stay one line, so a name
// holding a newline, a tab, another control character or an escape sequence is printed as a
// JSON string ("a\nb.txt"); ordinary names, Vietnamese ones included, are printed as they are.
const NEEDS_QUOTING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029"\\]/u;

export function printableName(name: string): string {
  return NEEDS_QUOTING.test(name) ? JSON.stringify(name) : name;
}
