/**
 * Reads content/, validates every file against the schema and the cross-file rules,
 * and compiles it into the course the app renders. Every problem is collected and
 * thrown together as a ContentError, so nothing half-valid is ever built.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { ContentNote, CourseMeta, GlossaryTerm, Lesson } from '../../src/course/types.ts';
import { ContentError, type ContentProblem } from './errors.ts';
import { readYamlFile, rel } from './yaml-file.ts';
import { compileCheck, loadAssessment } from './quiz-load.ts';
import { compileActivities } from './activity-load.ts';
import type { Illustration } from './illustrations.ts';
import { POINTS_FILE, checkPractice, pointsFileSchema, type Claim, type PointsFile } from './practice.ts';
import { checkStaleWording, checkTimes, checkWordRuns } from './teaching-rules.ts';
import { assessmentMinutes, lessonMinutes, lessonWords } from './word-rule.ts';
import type { Activity } from '../../src/course/activity-types.ts';
import type { Assessment, KnowledgeCheck } from '../../src/course/quiz-types.ts';
import { compileMarkdown } from './markdown.ts';
import { LOOKS_FILE, REVIEWS_LOOK, checkLooks, compileLooks, looksFileSchema, type LooksFile } from './looks.ts';
import { courseFileSchema, glossaryFileSchema, lessonFileSchema, type CourseFile, type GlossaryFile, type LessonFile } from './schema.ts';
import { checkCourseRules, type LessonText } from './rules.ts';
import { checkSlidesFit } from './slide-check.ts';
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
  /** Markdown: each leaflet bullet and the questions that practise it (practice.ts). */
  practiceTable: string;
  /** The scenario characters' SVG files, written into the build beside index.html. */
  illustrations: Illustration[];
}

/**
 * `teaching: false` skips the rules on words, times and practice, so an editor can still see
 * the counts while fixing them (tools/check-content.ts); the build always applies them.
 */
export function loadCourse(contentDir: string, { teaching = true }: { teaching?: boolean } = {}): CompiledCourse {
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

  const claims: Claim[] = [];
  const illustrations: Illustration[] = [];
  const quizContext = {
    illustrations,
    problems,
    files,
    lessons: new Map([...lessonsById].map(([id, l]) => [id, l.data])),
    lessonsComplete: filesValid,
    claims,
  };
  const checks = new Map<string, KnowledgeCheck>();
  const activities = new Map<string, Activity[][]>();
  for (const [id, { file, data }] of lessonsById) {
    claims.push(...lessonClaims(data, file));
    if (data.check) checks.set(id, compileCheck(data.check, file, quizContext));
    activities.set(
      id,
      data.sections.map((s, i) => compileActivities(s.activities, file, `sections[${i}].activities`, quizContext)),
    );
  }
  const assessment = loadAssessment(contentDir, quizContext);
  const pointsPath = join(contentDir, POINTS_FILE);
  const points: PointsFile | undefined = readYaml(pointsPath, pointsFileSchema);
  const practice = points ? checkPractice(points, rel(pointsPath), claims, leaflet, new Set(lessonsById.keys())) : undefined;
  if (practice && filesValid && teaching) problems.push(...practice.problems);
  const looksPath = join(contentDir, LOOKS_FILE);
  const looks: LooksFile | undefined = readYaml(looksPath, looksFileSchema);
  if (looks && points)
    problems.push(
      ...checkLooks(
        looks,
        rel(looksPath),
        points.themes.map((t) => t.id),
      ),
    );
  // Placeholders in lesson text ({lessons-minutes}, {assessment-minutes}) are checked for
  // their names now; their values are the times measured below, once the lessons are compiled.
  const placeholderNames: PlaceholderValues = { 'lessons-minutes': 0, 'assessment-minutes': assessment ? 0 : undefined };
  for (const { file, data } of lessonsById.values()) problems.push(...placeholderProblems(data, placeholderNames, file));
  if (problems.length > 0 || !course || !glossary || !looks) throw new ContentError(problems);
  // A theme lesson wears its theme's look (leaflet-points.yaml names each theme's lesson); a review, the reviews look.
  const themeOfLesson = new Map((points?.themes ?? []).map((t) => [t.lesson, t.id]));
  const lookOf = (id: string, kind: Lesson['kind']) => (kind === 'review' ? REVIEWS_LOOK : themeOfLesson.get(id));

  const terms = new Map<string, GlossaryTerm>(
    glossary.terms.map((t) => [t.id, { id: t.id, term: t.term, definition: t.definition, source: t.source }]),
  );
  const unfilled: Lesson[] = course.lessons.map((id) => {
    const { data, sections } = compiled.get(id)!;
    const look = lookOf(data.id, data.kind);
    return {
      id: data.id,
      title: data.title,
      kind: data.kind,
      minutes: 0, // worked out from the words on screen, below
      optional: course.optional.includes(id),
      ...(data.contentNote ? { contentNote: data.contentNote } : {}),
      ...(look ? { look } : {}),
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
    };
  });

  // Times are computed from the words on screen, never typed by hand (word-rule.ts), then
  // written into the text that states them.
  for (const lesson of unfilled) lesson.minutes = lessonMinutes(lessonWords(lesson));
  const minutesForAssessment = assessment ? assessmentMinutes(assessment) : undefined;
  const times: PlaceholderValues = {
    'lessons-minutes': unfilled.reduce((sum, l) => sum + l.minutes, 0),
    'assessment-minutes': minutesForAssessment,
  };
  const lessons = unfilled.map((lesson) => fillPlaceholders(lesson, times));
  const taught = [
    ...checkWordRuns(lessons, (id) => compiled.get(id)!.file),
    ...checkTimes(lessons, minutesForAssessment, rel(join(contentDir, 'course.yaml')), rel(join(contentDir, 'assessment.yaml'))),
    ...checkStaleWording(files.filter((f) => /\.ya?ml$/.test(f)).map((f) => ({ path: f, shown: rel(f) }))),
  ];
  // A slide that would overflow the smallest projected screen stops the build too.
  const overflowing = checkSlidesFit(course, lessons, (id) => compiled.get(id)!.file, rel(join(contentDir, 'course.yaml')));
  const late = [...(teaching ? taught : []), ...overflowing];
  if (late.length > 0) throw new ContentError(late);

  const meta: CourseMeta = {
    id: course.id,
    version: course.version,
    title: course.title,
    description: course.description,
    ...(course.outcomes.length ? { outcomes: course.outcomes } : {}),
    organisation: course.organisation,
    passMark: course.passMark,
    assessmentAfterLessons: course.assessmentAfterLessons,
    countSkippedLessons: course.countSkippedLessons,
    // Never from content: only an administrator turns it on, in settings.json.
    evaluation: false,
    ...(assessment
      ? {
          assessment: {
            decisions: assessment.decisions,
            scenarios: assessment.scenarios.length,
            attempts: assessment.attempts,
            keep: assessment.keep,
            minutes: minutesForAssessment!,
          },
        }
      : {}),
    support: course.support,
    looks: compileLooks(looks),
    // Local safeguarding contacts come only from a package's settings.json: the course ships none.
    localContacts: [],
    lessons: lessons.map(({ id, title, kind, minutes, optional, contentNote, look, sections }) => ({
      id,
      title,
      kind,
      minutes,
      optional,
      // The note's slide form is read only by the slides, from the lesson's own chunk.
      ...(contentNote ? { contentNote: withoutSlideForm(contentNote) } : {}),
      ...(look ? { look } : {}),
      sections: sections.map((s) => ({ id: s.id, title: s.title })),
    })),
  };
  const text = Object.fromEntries(
    [...compiled].map(([id, l]) => [
      id,
      fillPlaceholders([l.data.title, ...l.sections.flatMap((s) => [s.title, s.compiled.text])].join('\n'), times),
    ]),
  );
  return { meta, lessons, assessment, text, files, practiceTable: practice?.table ?? '', illustrations };
}

function withoutSlideForm({ slide: _slide, ...note }: ContentNote): ContentNote {
  return note;
}

/** The bullets a lesson's questions (its check, and each section's checks and sorts) practise. */
function lessonClaims(data: LessonFile, file: string): Claim[] {
  const claims: Claim[] = [];
  const add = (bullets: string[], field: string, question: string) =>
    claims.push(...bullets.map((bullet) => ({ bullet, file, field, question: `${data.id} / ${question}` })));
  data.sections.forEach((s, i) =>
    s.activities.forEach((a, j) => {
      const field = `sections[${i}].activities[${j}]`;
      if (a.check) add(a.check.practises, `${field}.check.practises`, `${s.id} / check ${a.check.id}`);
      if (a.sort) add(a.sort.practises, `${field}.sort.practises`, `${s.id} / sort ${a.sort.id}`);
    }),
  );
  if (data.check) add(data.check.practises, 'check.practises', `lesson check ${data.check.id}`);
  return claims;
}
