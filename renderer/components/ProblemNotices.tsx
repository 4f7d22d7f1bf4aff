// Errors as dismissible alerts, one per problem, worded in the current language each time they render.
import { useTranslation } from 'react-i18next';
import { describeProblem, type Problem } from '../api/problem';
import { Notice } from './Notice';

interface ProblemNoticesProps {
  problems: readonly Problem[];
  onDismiss: (index: number) => void;
  testId?: string;
}

export function ProblemNotices({ problems, onDismiss, testId }: ProblemNoticesProps) {
  const { t } = useTranslation();
  return problems.map((problem, index) => (
    <Notice key={`${index}-${problem.code}`} tone="error" onDismiss={() => onDismiss(index)} testId={testId}>
      {describeProblem(t, problem)}
    </Notice>
  ));
}

/** The list without the problem at `index`. */
export function withoutProblem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, at) => at !== index);
}
