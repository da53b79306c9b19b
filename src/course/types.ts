/**
 * The compiled course as the browser receives it. The build (tools/content-pipeline)
 * turns the files in content/ into these shapes; the app only ever reads them.
 * Markdown arrives as a small tree of allowed tags, never as HTML, so nothing typed
 * into a content file can reach the page as markup.
 */

import type { KnowledgeCheck } from './quiz-types.ts';
import type { Activity } from './activity-types.ts';
import type { LookIconName } from './look-icons.ts';

/** A Markdown node: plain text, or [tag, attributes, ...children]. */
export type MdNode = string | [MdTag, MdAttrs | null, ...MdNode[]];
export type MdTag = 'p' | 'h3' | 'h4' | 'ul' | 'ol' | 'li' | 'strong' | 'em' | 'a' | 'blockquote' | 'code' | 'br' | 'hr' | 'cite';
/** Links carry `href` (external) or `to` (a route inside the course). */
export type MdAttrs = { href?: string; to?: string };

export type LessonKind = 'intro' | 'review' | 'theme' | 'summary';

export interface SupportContact {
  id: string;
  name: string;
  detail: string;
  phone?: string;
  hours?: string;
}

/** What a local contact is for; src/lib/local-contacts.ts holds the words for each. */
export type LocalContactKind = 'front-door' | 'lado' | 'safeguarding-lead' | 'procedures' | 'escalation' | 'other';

/**
 * A local safeguarding contact or document, set only in the package's settings.json (the
 * course ships none): the front door or MASH, the LADO, the named lead, local procedures.
 */
export interface LocalContact {
  id: string;
  kind: LocalContactKind;
  name: string;
  detail?: string;
  phone?: string;
  email?: string;
  /** An https:// address only (checked when read). */
  url?: string;
  hours?: string;
}

/**
 * The organisation's logo, set only in the package's settings.json: a file beside
 * index.html, checked (name, size, that it is an image) before the course is drawn.
 */
export interface Logo {
  /** The file's name, beside index.html (settings.json's `path`). */
  src: string;
  alt: string;
  /**
   * Its own size in pixels, for the width and height attributes (the stylesheet scales it).
   * Absent when the browser gives none: some report 0 for an SVG with only a viewBox.
   */
  width?: number;
  height?: number;
}

export interface GlossaryTerm {
  id: string;
  term: string;
  definition: string;
  source: string;
}

export interface ContentNote {
  topics: string[];
  text: string;
  /**
   * A lesson's note is a full page before the lesson when true (the course's start and the
   * lessons the owner named); otherwise a compact note at the top of its first section.
   * A scenario's note is always a full page.
   */
  gate?: boolean;
  /**
   * A shorter form of `text` for a projected slide, naming the same topics, where the
   * learner's text is too long to read from the back of a room. Lessons only; not in the
   * course map's data.
   */
  slide?: string;
}

/**
 * A theme's (or the reviews group's) colour and icon, from content/looks.yaml. The colours
 * reach the page as a stylesheet the build writes (`virtual:looks.css`), never inline.
 */
/** An icon's drawing: each shape (path, circle...) with its SVG attributes, on a 24 x 24 grid. */
export type IconNode = [shape: string, attributes: Record<string, string>][];

export interface Look {
  icon: LookIconName;
  /** #rrggbb on light surfaces (and on slides and print, always light). */
  light: string;
  /** #rrggbb when the learner's system is in dark mode. */
  dark: string;
}

/** What the course map needs about a lesson, without its text (kept small for first load). */
export interface LessonSummary {
  id: string;
  title: string;
  kind: LessonKind;
  /** Worked out at build from the words on screen and the activities (tools/content-pipeline/word-rule.ts). */
  minutes: number;
  optional: boolean;
  contentNote?: ContentNote;
  /** The id of its look in CourseMeta.looks: a theme id for a theme lesson, `reviews` for a review. */
  look?: string;
  sections: { id: string; title: string }[];
}

export interface CourseMeta {
  id: string;
  version: string;
  title: string;
  description: string;
  /** What the learner will be able to do after the course (course.yaml); absent when it lists none. */
  outcomes?: string[];
  organisation: string;
  passMark: number;
  /** The assessment opens after every lesson is done (default); if false, passing it completes the course. */
  assessmentAfterLessons: boolean;
  /** A lesson skipped on its content note ("Skip for now") counts towards finishing the lessons (default false). */
  countSkippedLessons: boolean;
  /** Offer the optional course evaluation after the assessment (off unless settings.json turns it on). */
  evaluation?: boolean;
  /** What the course map and assessment start page need; the scenarios load separately. */
  assessment?: {
    decisions: number;
    scenarios: number;
    attempts: number;
    keep: 'best' | 'last';
    /** About how long one attempt takes, measured at build from its words (word-rule.ts). */
    minutes: number;
  };
  support: SupportContact[];
  /** Each theme's and the reviews group's colour and icon, by look id. */
  looks: Record<string, Look>;
  /** From settings.json only: the build ships none ([]); absent in hand-made test courses. */
  localContacts?: LocalContact[];
  /** From settings.json only, once checked: shown in the header and on the certificate. */
  logo?: Logo;
  lessons: LessonSummary[];
}

export interface Section {
  id: string;
  title: string;
  body: MdNode[];
  keyTerms: GlossaryTerm[];
  /** For a briefing: the points on this section's slide, and notes for the facilitator. */
  keyPoints: string[];
  notes?: string;
  /** What the learner does after the body, in order: more text, reveal cards, sorts, quick checks. */
  activities: Activity[];
}

/** A 7-minute briefing: the fixed headings local partnerships use, each with short points. */
export interface Briefing {
  background: string[];
  whyItMatters: string[];
  information: string[];
  whatWeLearnt: string[];
  whatToDo: string[];
  questions: string[];
  furtherInformation: string[];
}

export interface ReviewRef {
  code: string;
  type: 'serious case review' | 'serious incident learning review';
  summary: string;
}

export interface Lesson extends LessonSummary {
  outcomes: string[];
  review?: ReviewRef;
  sections: Section[];
  reflection: { id: string; text: string }[];
  check?: KnowledgeCheck;
  briefing?: Briefing;
  sources: { title: string; by?: string; url?: string }[];
}
