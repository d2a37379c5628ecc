// A PDF's text layer or an OCR pass often loses or swaps the marks of Vietnamese vowels: "Khan
// trương" for "Khẩn trương", "day mạnh" for "đẩy mạnh", "Tiép tục" for "Tiếp tục". The task words
// of administrative prose that read as no other phrase once their marks are folded away are
// repaired here, in the tokens' lower-case form only: the text and its offsets stay as found.
import { fold } from '../../text/fold';
import { lower } from './word-forms';

export const OCR_REPAIR = {
  id: 'document.ocr-task-words',
  reason: 'Two-syllable task words whose folded form is theirs alone are read with their marks when a damaged copy lost or changed them.',
};

// Two syllables each; no other phrase of these texts folds to the same letters.
const TASK_WORDS = ['khẩn trương', 'đẩy mạnh', 'đẩy nhanh', 'tiếp tục', 'tăng cường', 'triển khai', 'tập trung', 'kiểm tra',
  'rà soát', 'xây dựng', 'thực hiện', 'phối hợp', 'tham mưu', 'hoàn thành', 'hoàn thiện', 'nghiên cứu', 'đôn đốc', 'theo dõi',
  'chỉ đạo', 'yêu cầu', 'đề nghị', 'quyết liệt', 'nghiêm túc', 'kịp thời', 'đề xuất', 'tổng hợp', 'giám sát', 'tuyên truyền', 'chủ trì', 'kết hợp',
  'thúc đẩy',
  // The words of the bodies such letters are sent to ("Cục Thuê các tỉnh, thành phô trực thuộc …").
  'cục thuế', 'thành phố', 'trực thuộc'];

// By the first word's folded form, then the second's: no string is built at a token that opens none.
const BY_FOLDED = new Map<string, Map<string, readonly [string, string]>>();
for (const phrase of TASK_WORDS) {
  const [a, b] = phrase.split(' ').map(lower);
  const seconds = BY_FOLDED.get(fold(a)) ?? new Map<string, readonly [string, string]>();
  seconds.set(fold(b), [a, b]);
  BY_FOLDED.set(fold(a), seconds);
}

/** The lower-case words the folded pair stands for, when they are not the ones written. */
export function repairedPair(f1: string, f2: string, l1: string, l2: string): readonly [string, string] | null {
  const pair = BY_FOLDED.get(f1)?.get(f2);
  return pair && (pair[0] !== l1 || pair[1] !== l2) ? pair : null;
}

/** "các bộ, ngành can tập trung …": a damaged "cần" (must) before a task word. "can" before any
 * other word keeps its own meaning ("can thiệp", "can dự"). */
export function repairedModal(l: string, f1: string, f2: string): string | null {
  if (!BY_FOLDED.get(f1)?.has(f2)) return null;
  // ("Dé thúc day kết nối …": a damaged "Để" (so as to) before a task word likewise.)
  return l === 'can' ? 'cần' : DAMAGED_DE.has(l) ? 'để' : null;
}
// Marks of "để" an OCR pass may leave; "đề" (to propose), "đế", "dễ" are other words and stay.
const DAMAGED_DE = new Set(['dé', 'dê', 'dẻ', 'dè', 'đé', 'đe', 'đẻ']);
