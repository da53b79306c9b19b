/**
 * Reads content/, validates every file against the schema and the cross-file rules,
 * and compiles it into the course the app renders. Every problem is collected and
 * thrown together as a ContentError, so nothing half-valid is ever built.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { CourseMeta, GlossaryTerm, Lesson } from '../../src/course/types.ts';
import { ContentError, type ContentProblem } from './errors.ts';
import { readYamlFile, rel } from './yaml-file.ts';
import { compileCheck, loadAssessment } from './quiz-load.ts';
import { compileActivities } from './activity-load.ts';
import type { Activity } from '../../src/course/activity-types.ts';
import type { Assessment, KnowledgeCheck } from '../../src/course/quiz-types.ts';
import { compileMarkdown } from './markdown.ts';
import { courseFileSchema, glossaryFileSchema, lessonFileSchema, type CourseFile, type GlossaryFile, type LessonFile } from './schema.ts';
import { checkCourseRules, type LessonText } from './rules.ts';
import { fillPlaceholders, placeholderProblems, type PlaceholderValues } from './placeholders.ts';

/** The leaflet the course is built from; review summaries are checked against it. */
export const SOURCE_DOCUMENT = 'source/leaflet-learning-from-reviews-2008-12.txt';

export interface CompiledCourse {
  meta: CourseMeta;
  lessons: Lesson[];
  assessment?: Assessment;
  /** Plain text of each lesson, for the coverage test and term checks. */
  text: Record<string, string>;
  /** Every file read, so a dev server can watch them. */
  files: string[];
}

export function loadCourse(contentDir: string): CompiledCourse {
  const problems: ContentProblem[] = [];
  const files: string[] = [];

  const readYaml = <S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined => readYamlFile(file, schema, problems, files);

  const course: CourseFile | undefined = readYaml(join(contentDir, 'course.yaml'), courseFileSchema);
  const glossary: GlossaryFile | undefined = readYaml(join(contentDir, 'glossary.yaml'), glossaryFileSchema);

  const lessonDir = join(contentDir, 'lessons');
  const lessonFiles = existsSync(lessonDir)
    ? readdirSync(lessonDir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : [];
  const lessonsById = new Map<string, { file: string; data: LessonFile }>();
  for (const name of lessonFiles) {
    const file = join(lessonDir, name);
    const data: LessonFile | undefined = readYaml(file, lessonFileSchema);
    if (!data) continue;
    const expected = name.replace(/\.ya?ml$/, '');
    if (data.id !== expected) {
      problems.push({
        file: rel(file),
        field: 'id',
        reason: `is "${data.id}" but the file is named ${name}: name the file ${data.id}.yaml`,
      });
    }
    const other = lessonsById.get(data.id);
    if (other) {
      problems.push({ file: rel(file), field: 'id', reason: `duplicate lesson id "${data.id}" (also in ${rel(other.file)})` });
      continue;
    }
    lessonsById.set(data.id, { file: rel(file), data });
  }

  const sourcePath = join(contentDir, SOURCE_DOCUMENT);
  files.push(sourcePath);
  const leaflet = existsSync(sourcePath) ? readFileSync(sourcePath, 'utf8') : '';
  if (!leaflet) problems.push({ file: rel(sourcePath), field: '', reason: 'the source leaflet is missing' });

  // A broken course or glossary file does not stop the reading: the lessons and scenarios
  // are still checked on their own, so one run lists every problem.
  const filesValid = problems.length === 0;

  // Compile Markdown, collecting its errors with the field they came from.
  const compiled = new Map<string, LessonText>();
  for (const [id, { file, data }] of lessonsById) {
    const sections = data.sections.map((s, i) => {
      const out = compileMarkdown(s.body);
      for (const reason of out.errors) problems.push({ file, field: `sections[${i}].body`, reason });
      return { ...s, compiled: out };
    });
    compiled.set(id, { file, data, sections });
  }

  // Rules across files only make sense once each file is valid on its own; otherwise a
  // broken lesson would also show up as an "unknown lesson" everywhere it is named.
  if (filesValid && course && glossary) {
    problems.push(...checkCourseRules({ course, glossary, lessons: compiled, leaflet, courseFile: rel(join(contentDir, 'course.yaml')) }));
  }

  const quizContext = {
    problems,
    files,
    lessons: new Map([...lessonsById].map(([id, l]) => [id, l.data])),
    lessonsComplete: filesValid,
  };
  const checks = new Map<string, KnowledgeCheck>();
  const activities = new Map<string, Activity[][]>();
  for (const [id, { file, data }] of lessonsById) {
    if (data.check) checks.set(id, compileCheck(data.check, file, quizContext));
    activities.set(
      id,
      data.sections.map((s, i) => compileActivities(s.activities, file, `sections[${i}].activities`, quizContext)),
    );
  }
  const assessment = loadAssessment(contentDir, quizContext);

  // The course's times, for the placeholders in lesson text: a lesson's time is its
  // `minutes`. The assessment has no measured time yet, so {assessment-minutes} is refused
  // and meta.assessment.minutes left out until one is set here.
  const times: PlaceholderValues = {
    'lessons-minutes': course?.lessons.reduce((sum, id) => sum + (lessonsById.get(id)?.data.minutes ?? 0), 0),
    'assessment-minutes': undefined,
  };
  for (const { file, data } of lessonsById.values()) problems.push(...placeholderProblems(data, times, file));
  if (problems.length > 0 || !course || !glossary) throw new ContentError(problems);

  const terms = new Map<string, GlossaryTerm>(
    glossary.terms.map((t) => [t.id, { id: t.id, term: t.term, definition: t.definition, source: t.source }]),
  );
  const lessons: Lesson[] = course.lessons.map((id) => {
    const { data, sections } = compiled.get(id)!;
    return fillPlaceholders<Lesson>(
      {
        id: data.id,
        title: data.title,
        kind: data.kind,
        minutes: data.minutes,
        optional: course.optional.includes(id),
        ...(data.contentNote ? { contentNote: data.contentNote } : {}),
        outcomes: data.outcomes,
        ...(data.review ? { review: data.review } : {}),
        sections: sections.map((s, i) => ({
          id: s.id,
          title: s.title,
          body: s.compiled.nodes,
          keyTerms: s.keyTerms.map((t) => terms.get(t)!),
          keyPoints: s.keyPoints,
          ...(s.notes ? { notes: s.notes } : {}),
          activities: activities.get(id)![i],
        })),
        reflection: data.reflection,
        ...(checks.has(id) ? { check: checks.get(id) } : {}),
        ...(data.briefing ? { briefing: data.briefing } : {}),
        sources: data.sources,
      },
      times,
    );
  });

  const meta: CourseMeta = {
    id: course.id,
    version: course.version,
    title: course.title,
    description: course.description,
    organisation: course.organisation,
    passMark: course.passMark,
    assessmentAfterLessons: course.assessmentAfterLessons,
    ...(assessment
      ? {
          assessment: {
            decisions: assessment.decisions,
            scenarios: assessment.scenarios.length,
            attempts: assessment.attempts,
            keep: assessment.keep,
            ...(times['assessment-minutes'] !== undefined ? { minutes: times['assessment-minutes'] } : {}),
          },
        }
      : {}),
    support: course.support,
    lessons: lessons.map(({ id, title, kind, minutes, optional, contentNote, sections }) => ({
      id,
      title,
      kind,
      minutes,
      optional,
      ...(contentNote ? { contentNote } : {}),
      sections: sections.map((s) => ({ id: s.id, title: s.title })),
    })),
  };
  const text = Object.fromEntries(
    [...compiled].map(([id, l]) => [
      id,
      fillPlaceholders([l.data.title, ...l.sections.flatMap((s) => [s.title, s.compiled.text])].join('\n'), times),
    ]),
  );
  return { meta, lessons, assessment, text, files };
}
