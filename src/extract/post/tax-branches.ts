// "Tổng cục Thuế đề nghị Cục Thuế tăng cường …": before the 2025 reorganisation the national body
// was the General Department of Taxation, and a bare "Cục Thuế" in its letters and reports is
// the department of every province (FORMAT.md's label for the provincial branches), not the
// national Department of Taxation that replaced it in 2025.
import type { DirectiveMention } from '../types';
import { fold } from '../../text/fold';
import { relabelDirective } from './relabel-parties';

export const TAX_BRANCHES = {
  id: 'post.tax-branches',
  reason: 'Where the text names the General Department of Taxation, a bare "Cục Thuế" is the provincial tax departments (FORMAT.md branches).',
};

const BARE = 'Cục Thuế';
const BRANCHES = 'Cục Thuế các tỉnh, thành phố trực thuộc Trung ương';
const GENERAL_DEPARTMENT = /Tổng\s+cục\s+Thuế/u;
// A text about one province's department ("Cục Thuế tỉnh Bình Dương") means that one.
const ONE_PROVINCE = /Cục\s+Thuế\s+(?:tỉnh|thành\s+phố|TP)(?![\p{L}])/iu;

export function taxBranches(directives: readonly DirectiveMention[], text: string): DirectiveMention[] {
  if (!GENERAL_DEPARTMENT.test(text) || ONE_PROVINCE.test(text)) return [...directives];
  const branches = { name: BRANCHES, kind: 'agency' as const, key: fold(BRANCHES) };
  return directives.map((d) => relabelDirective(d, BARE, branches, TAX_BRANCHES.id));
}
