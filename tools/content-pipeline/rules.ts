/**
 * Rules that span files: ids that must exist, the lesson order, links, key terms, and the
 * care and fidelity rules a machine can check (a content note before distressing topics,
 * review summaries quoted word for word from the leaflet, every key term explained where
 * it first appears). Pure: takes parsed content, returns problems.
 */
import type { ContentProblem } from './errors.ts';
import type { CompiledMarkdown } from './markdown.ts';
import type { CourseFile, GlossaryFile, LessonFile } from './schema.ts';

export interface LessonText {
  file: string;
  data: LessonFile;
  sections: (LessonFile['sections'][number] & { compiled: CompiledMarkdown })[];
}

interface Input {
  course: CourseFile;
  courseFile: string;
  glossary: GlossaryFile;
  lessons: Map<string, LessonText>;
  leaflet: string;
}

/**
 * Topics that need a content note first: learners may have personal experience of them,
 * so they are told before, and can continue, skip for now or get support.
 */
export const SENSITIVE = /\b(died|dies|dying|dead|deaths?|suicide|suicidal|sexual(ly)?|stab(bed|bing|s)?|killed|murder(ed)?)\b/i;

/** Leaflet text and content text compared without typographic differences. */
export const normalise = (s: string) =>
  s
    .replace(/\*\*/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function mentions(text: string, words: string[]): boolean {
  return words.some((w) => new RegExp(`(^|[^a-z0-9])${escapeRe(w.toLowerCase())}([^a-z0-9]|$)`, 'i').test(text));
}

export function checkCourseRules({ course, courseFile, glossary, lessons, leaflet }: Input): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (file: string, field: string, reason: string) => problems.push({ file, field, reason });

  // The course file: every lesson exists, once; every lesson file is in the course.
  course.lessons.forEach((id, i) => {
    if (!lessons.has(id)) add(courseFile, `lessons[${i}]`, `unknown lesson "${id}": there is no content/lessons/${id}.yaml`);
  });
  for (const id of duplicates(course.lessons)) add(courseFile, 'lessons', `lesson "${id}" is listed more than once`);
  course.optional.forEach((id, i) => {
    if (!course.lessons.includes(id)) add(courseFile, `optional[${i}]`, `"${id}" is not in the lesson order`);
  });
  for (const [id, l] of lessons) {
    if (!course.lessons.includes(id)) add(l.file, 'id', `lesson "${id}" is not listed in ${courseFile} lessons: add one line there`);
  }
  for (const id of duplicates(course.support.map((s) => s.id))) add(courseFile, 'support', `duplicate support contact id "${id}"`);

  const glossaryFile = courseFile.replace(/course\.yaml$/, 'glossary.yaml');
  for (const id of duplicates(glossary.terms.map((t) => t.id))) add(glossaryFile, 'terms', `duplicate term id "${id}"`);
  const termIds = new Set(glossary.terms.map((t) => t.id));
  const normalLeaflet = normalise(leaflet);

  for (const [, l] of lessons) {
    const { file, data } = l;
    for (const id of duplicates(data.sections.map((s) => s.id))) add(file, 'sections', `duplicate section id "${id}"`);
    for (const id of duplicates(data.reflection.map((r) => r.id))) add(file, 'reflection', `duplicate reflection id "${id}"`);

    if (data.kind === 'theme' && !data.briefing)
      add(
        file,
        'briefing',
        'a theme lesson needs a 7-minute briefing (background, whyItMatters, information, whatWeLearnt, whatToDo, questions, furtherInformation)',
      );
    for (const [heading, points] of Object.entries(data.briefing ?? {})) {
      points.forEach((point, j) => {
        if (point.length > 90) add(file, `briefing.${heading}[${j}]`, `is ${point.length} characters: keep a slide point to 90`);
      });
    }
    if (data.kind === 'review' && !data.review) add(file, 'review', 'a review lesson needs review: code, type and the leaflet summary');
    if (data.kind !== 'review' && data.review) add(file, 'review', 'only lessons of kind review have a review block');
    if (data.review && !normalLeaflet.includes(normalise(data.review.summary))) {
      add(file, 'review.summary', 'must be quoted word for word from the leaflet, and this text is not in it');
    }

    l.sections.forEach((s, i) => {
      for (const link of s.compiled.links) {
        if (!link.lesson) continue;
        const target = lessons.get(link.lesson);
        if (!target) add(file, `sections[${i}].body`, `link to unknown lesson "${link.lesson}"`);
        else if (link.section && !target.data.sections.some((t) => t.id === link.section)) {
          add(file, `sections[${i}].body`, `link to unknown section "${link.section}" in lesson "${link.lesson}"`);
        }
      }
      // One idea per slide, in type that reads from the back of a room.
      if (s.keyPoints.length === 0) add(file, `sections[${i}].keyPoints`, 'needs at least one key point: they make the briefing slides');
      if (s.keyPoints.length > 4) add(file, `sections[${i}].keyPoints`, `has ${s.keyPoints.length} points: a slide takes at most 4`);
      s.keyPoints.forEach((point, j) => {
        if (point.length > 90) add(file, `sections[${i}].keyPoints[${j}]`, `is ${point.length} characters: keep a slide point to 90`);
      });
      s.keyTerms.forEach((t, j) => {
        if (!termIds.has(t)) add(file, `sections[${i}].keyTerms[${j}]`, `unknown term "${t}": add it to ${glossaryFile}`);
      });
    });

    const allText = [data.title, ...l.sections.flatMap((s) => [s.title, s.compiled.text])].join(' ');
    const hit = SENSITIVE.exec(allText);
    if (hit && !data.contentNote) {
      add(file, 'contentNote', `the lesson mentions "${hit[0]}": add a content note naming its distressing topics`);
    }
  }

  // A key term is explained where it first appears, in course order.
  const ordered = course.lessons.flatMap((id) => {
    const l = lessons.get(id);
    return l ? l.sections.map((s, i) => ({ l, s, i })) : [];
  });
  for (const term of glossary.terms) {
    const words = [term.term, ...term.aliases];
    const first = ordered.find(({ s }) => mentions(`${s.title} ${s.compiled.text}`, words));
    if (first && !first.s.keyTerms.includes(term.id)) {
      add(
        first.l.file,
        `sections[${first.i}].keyTerms`,
        `"${term.term}" first appears in section "${first.s.id}": list "${term.id}" in its keyTerms so it is explained there`,
      );
    }
  }
  return problems;
}
