// The questions offered to people whose question was not understood: one of each form,
// the fixed patterns (paths, chairs) and the task questions read by slots.
import { PATTERNS } from './patterns';

export interface AskForm {
  id: string;
  example: string;
}

export const TASK_FORMS: readonly AskForm[] = [
  { id: 'slots.assigned-by-to', example: 'what did the PM assign the Ministry of Health' },
  { id: 'slots.assigned-by-to.vi', example: 'Thủ tướng giao Bộ Y tế những nhiệm vụ gì' },
  { id: 'slots.passive', example: 'what has MOLISA been assigned' },
  { id: 'slots.passive.vi', example: 'Bộ Y tế được Thủ tướng giao những nhiệm vụ gì' },
  { id: 'slots.ask-to-do', example: 'what did Nguyễn Hòa Bình ask the localities to do' },
  { id: 'slots.role', example: 'which tasks does Bộ Công an coordinate' },
  { id: 'slots.overdue', example: 'which tasks are overdue for Bộ Nội vụ as of 1 January 2026' },
  { id: 'slots.overdue.vi', example: 'Bộ Công an có những nhiệm vụ nào quá hạn' },
  { id: 'slots.due-by', example: 'what is due by June 2025' },
  { id: 'slots.due-by.vi', example: 'những nhiệm vụ nào đến hạn trước tháng 6/2025' },
  { id: 'slots.meeting', example: 'what was assigned at the meeting on 14/11/2024' },
];

export const ASK_FORMS: readonly AskForm[] = [...TASK_FORMS, ...PATTERNS.map((p) => ({ id: p.id, example: p.example }))];

export const EXAMPLE_QUESTIONS: readonly string[] = ASK_FORMS.map((f) => f.example);
