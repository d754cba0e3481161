import { sdgGoalNames } from '@suite/contracts';
import type { Language } from './i18n';

export const sdgName = (goal: number, language: Language) =>
  `${goal}. ${sdgGoalNames[language][goal - 1] ?? ''}`;
