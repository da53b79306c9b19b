/**
 * The compiled assessment and knowledge checks as the browser receives them (built from
 * content/scenarios, content/assessment.yaml and each lesson's `check`).
 */
import type { ContentNote, MdNode } from './types.ts';

export interface QuizChoice {
  /** One character 0-9a-z, fixed in content: SCORM 1.2 reports choices by it. */
  id: string;
  text: string;
  correct: boolean;
  feedback: MdNode[];
  next?: string;
}

export interface DecisionStep {
  kind: 'decision';
  id: string;
  type: 'single' | 'multiple' | 'ordering';
  prompt: MdNode[];
  /** Plain text of the prompt, for the LMS's interaction description. */
  promptText: string;
  lesson: { id: string; section?: string; title: string };
  weight: number;
  choices: QuizChoice[];
  order?: string[];
  next?: string;
}

export interface ConsequenceStep {
  kind: 'consequence';
  id: string;
  text: MdNode[];
  next: string;
}

export interface EndStep {
  kind: 'end';
  id: string;
  text: MdNode[];
}

export type Step = DecisionStep | ConsequenceStep | EndStep;

/** An adult in a fictional scenario, drawn at build time (the picture is decorative: its role is text). */
export interface ScenarioCharacter {
  id: string;
  name?: string;
  role: string;
  /** Relative URL of the SVG file in the build. */
  src: string;
  /** The shown size in CSS pixels, so the page never shifts as the image loads. */
  size: number;
}

export interface Scenario {
  id: string;
  title: string;
  theme: { id: string; title: string };
  contentNote?: ContentNote;
  setting: MdNode[];
  characters: ScenarioCharacter[];
  start: string;
  steps: Record<string, Step>;
  facilitatorNotes: string;
  discussion: string[];
  /** Scored decisions on every path (the build checks they are equal). */
  decisions: number;
}

export interface Assessment {
  /** Every scenario; with banks, an attempt takes a draw of them (lib/quiz-rules.ts). */
  scenarios: Scenario[];
  /** 0 means unlimited. */
  attempts: number;
  keep: 'best' | 'last';
  banks: { theme: string; draw: number }[];
  /** Scored decisions in one attempt. */
  decisions: number;
}

export interface KnowledgeCheck {
  id: string;
  /** `open`: several may be chosen and none is marked right (e.g. "which themes might a review explore?"). */
  type: 'single' | 'multiple' | 'open';
  prompt: MdNode[];
  choices: QuizChoice[];
  /** Shown once answered, whatever was chosen (required for `open`). */
  feedback?: MdNode[];
}
