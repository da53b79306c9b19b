/**
 * An unscored check: at the end of a theme lesson, or a quick check inside a section.
 * Answer, read why, move on. Nothing is saved or reported; trying again simply starts the
 * check afresh. A section may hold several checks, so the heading's id is made per check.
 */
import { createElement, useEffect, useId, useRef, useState } from 'react';
import type { KnowledgeCheck as Check } from '../../course/quiz-types.ts';
import { credit } from '../../lib/quiz-rules.ts';
import { Markdown } from '../markdown.tsx';
import { DecisionForm } from './decision-form.tsx';
import { verdictFor } from './verdict.ts';

/** Said instead of a verdict when no answer is right: the feedback follows it. */
export const OPEN_VERDICT = 'There is no right or wrong answer here. Read the feedback below.';

interface Props {
  check: Check;
  /** A lesson's check sits under the page heading (h2); a section's under the section's (h3). */
  level?: 2 | 3;
  title?: string;
  className?: string;
}

export function KnowledgeCheck({ check, level = 2, title = 'Check your understanding', className = 'lesson-check' }: Props) {
  const headingId = useId();
  const [answer, setAnswer] = useState<string[] | undefined>();
  const [round, setRound] = useState(0);
  // "Try the check again" goes away as it is pressed: focus moves to the first choice, not the page.
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (round > 0) sectionRef.current?.querySelector('input')?.focus();
  }, [round]);
  // An open check is answered like a multiple-response one, but nothing in it is right or wrong.
  const open = check.type === 'open';
  const decision = { ...check, type: check.type === 'open' ? 'multiple' : check.type } as const;
  const score =
    answer && !open ? credit({ ...decision, kind: 'decision', promptText: '', lesson: { id: '', title: '' }, weight: 1 }, answer) : 0;
  return (
    <section className={`knowledge-check ${className}`} aria-labelledby={headingId} ref={sectionRef}>
      {createElement(`h${level}`, { id: headingId }, title)}
      <p className="hint">This is not scored and nothing is recorded.</p>
      <DecisionForm
        key={round}
        decision={decision}
        answered={answer}
        onAnswer={setAnswer}
        verdict={answer ? (open ? OPEN_VERDICT : verdictFor(score)) : undefined}
        submitLabel="Check my answer"
        unmarked={open}
      />
      {answer && check.feedback && (
        <div className="check-feedback">
          <Markdown nodes={check.feedback} />
        </div>
      )}
      {answer && (
        <button
          type="button"
          className="button"
          onClick={() => {
            setAnswer(undefined);
            setRound((r) => r + 1);
          }}
        >
          Try the check again
        </button>
      )}
    </section>
  );
}
