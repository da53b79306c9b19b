/** One evaluation question: five radios, 1 to 5, the ends of the scale named in their labels. */
import type { EvaluationQuestion } from '../../lib/evaluation.ts';
import { EVALUATION_SCALE } from '../../lib/evaluation.ts';

export function EvaluationQuestionField({
  question,
  value,
  onChange,
}: {
  question: EvaluationQuestion;
  value: number | undefined;
  onChange: (n: number) => void;
}) {
  return (
    <div className="decision">
      <fieldset>
        <legend className="decision-prompt">{question.text}</legend>
        <ul className="choices">
          {EVALUATION_SCALE.map((n) => (
            <li key={n}>
              <label>
                <input type="radio" name={`evaluation-${question.id}`} value={n} checked={value === n} onChange={() => onChange(n)} />
                {n === 1 ? `1: ${question.low}` : n === 5 ? `5: ${question.high}` : String(n)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
