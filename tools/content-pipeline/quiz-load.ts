/**
 * Reads and checks the assessment (content/assessment.yaml and content/scenarios/) and
 * compiles it for the app. The rules a scenario must keep: every step reachable, every
 * path ends, no loop, no branch to a missing step, a right answer on every decision, a
 * real branch somewhere, and the same number and weight of scored decisions on every path
 * so the score is fair whichever way a learner goes.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Assessment, DecisionStep, KnowledgeCheck, QuizChoice, Scenario, Step } from '../../src/course/quiz-types.ts';
import type { ContentProblem } from './errors.ts';
import type { Claim } from './practice.ts';
import { compileMarkdown, type InternalLink } from './markdown.ts';
import { assessmentFileSchema, scenarioFileSchema, type ScenarioFile, type StepFile } from './quiz-schema.ts';
import { SENSITIVE } from './rules.ts';
import type { CheckFile, LessonFile } from './schema.ts';
import { readYamlFile, rel } from './yaml-file.ts';
import { checkCharacters, checkDiversity, type PlacedCharacter } from './character-rules.ts';
import { FIGURE_SIZE, drawCharacter, type Illustration } from './illustrations.ts';

export const MIN_DECISIONS_PER_SCENARIO = 3;

export interface Context {
  problems: ContentProblem[];
  files: string[];
  lessons: Map<string, LessonFile>;
  /** False when some lesson file is itself invalid: references to lessons are not judged then. */
  lessonsComplete: boolean;
  /** Bullets of the leaflet that decisions say they practise (practice.ts checks them). */
  claims?: Claim[];
  /** The scenario characters' SVG files, for the build to write (illustrations.ts). */
  illustrations?: Illustration[];
}

/** Compiles Markdown and checks its internal links; problems go to `field` of `file`. */
export function markdown(source: string, file: string, field: string, ctx: Context) {
  const out = compileMarkdown(source);
  for (const reason of out.errors) ctx.problems.push({ file, field, reason });
  for (const link of out.links) checkLink(link, file, field, ctx);
  return out;
}

function checkLink(link: InternalLink, file: string, field: string, ctx: Context) {
  if (!link.lesson || !ctx.lessonsComplete) return;
  const lesson = ctx.lessons.get(link.lesson);
  if (!lesson) ctx.problems.push({ file, field, reason: `link to unknown lesson "${link.lesson}"` });
  else if (link.section && !lesson.sections.some((s) => s.id === link.section)) {
    ctx.problems.push({ file, field, reason: `link to unknown section "${link.section}" in lesson "${link.lesson}"` });
  }
}

/** Every path from the start, as lists of step ids; loops and dead ends are reported. */
export function paths(steps: Map<string, StepFile>, start: string): { paths: string[][]; errors: string[] } {
  const found: string[][] = [];
  const errors = new Set<string>();
  const visit = (id: string, path: string[]) => {
    if (path.includes(id)) {
      errors.add(`a loop with no end: ${[...path.slice(path.indexOf(id)), id].join(' -> ')}`);
      return;
    }
    const step = steps.get(id);
    if (!step) return; // reported as a missing step elsewhere
    const here = [...path, id];
    if (step.kind === 'end') {
      found.push(here);
      return;
    }
    const nexts = step.kind === 'consequence' ? [step.next] : [...new Set(step.choices.map((c) => c.next ?? step.next))];
    if (nexts.some((n) => n === undefined)) errors.add(`step "${id}" has a choice that leads nowhere: give the step or the choice a next`);
    for (const next of nexts) if (next) visit(next, here);
  };
  visit(start, []);
  return { paths: found, errors: [...errors] };
}

function checkScenario(data: ScenarioFile, file: string, ctx: Context): void {
  const add = (field: string, reason: string) => ctx.problems.push({ file, field, reason });
  const steps = new Map<string, StepFile>();
  data.steps.forEach((step, i) => {
    if (steps.has(step.id)) add(`steps[${i}].id`, `duplicate step id "${step.id}"`);
    steps.set(step.id, step);
  });
  if (!steps.has(data.start)) add('start', `no step "${data.start}"`);
  if (ctx.lessonsComplete && !ctx.lessons.has(data.theme)) add('theme', `unknown lesson "${data.theme}"`);

  data.steps.forEach((step, i) => {
    const where = `steps[${i}]`;
    const targets = step.kind === 'end' ? [] : step.kind === 'consequence' ? [step.next] : [step.next, ...step.choices.map((c) => c.next)];
    for (const next of targets) if (next && !steps.has(next)) add(where, `leads to a missing step "${next}"`);
    if (step.kind !== 'decision') return;
    const ids = step.choices.map((c) => c.id);
    if (new Set(ids).size !== ids.length) add(`${where}.choices`, 'duplicate choice ids');
    const correct = step.choices.filter((c) => c.correct).length;
    if (step.type === 'single' && correct !== 1)
      add(`${where}.choices`, `a single-choice decision needs exactly one correct answer, not ${correct}`);
    if (step.type === 'multiple' && correct === 0)
      add(`${where}.choices`, 'a multiple-response decision needs at least one correct answer');
    if (step.type === 'ordering') {
      const order = step.order ?? [];
      if (order.length !== ids.length || !ids.every((id) => order.includes(id))) {
        add(`${where}.order`, 'must list every choice id once, in the right order');
      }
    }
    if (step.type !== 'single' && step.choices.some((c) => c.next)) {
      add(`${where}.choices`, "only single-choice decisions can branch by choice: use the step's next");
    }
    const [lessonId, sectionId] = step.lesson.split('#');
    const lesson = ctx.lessons.get(lessonId);
    if (!ctx.lessonsComplete) return;
    if (!lesson) add(`${where}.lesson`, `unknown lesson "${lessonId}"`);
    else if (sectionId && !lesson.sections.some((s) => s.id === sectionId))
      add(`${where}.lesson`, `unknown section "${sectionId}" in lesson "${lessonId}"`);
  });
  if (ctx.problems.some((p) => p.file === file)) return;

  const walked = paths(steps, data.start);
  for (const reason of walked.errors) add('steps', reason);
  const reached = new Set(walked.paths.flat());
  data.steps.forEach((step, i) => {
    if (!reached.has(step.id) && walked.errors.length === 0) add(`steps[${i}]`, `step "${step.id}" can never be reached from the start`);
  });
  const decisionsOn = (path: string[]) => path.filter((id) => steps.get(id)?.kind === 'decision');
  const weightOn = (path: string[]) => decisionsOn(path).reduce((sum, id) => sum + (steps.get(id) as { weight: number }).weight, 0);
  const counts = new Set(walked.paths.map((p) => `${decisionsOn(p).length} decisions weighing ${weightOn(p)}`));
  if (counts.size > 1) add('steps', `every path must carry the same scored decisions, but paths have ${[...counts].join(', ')}`);
  const fewest = Math.min(...walked.paths.map((p) => decisionsOn(p).length));
  if (walked.paths.length > 0 && fewest < MIN_DECISIONS_PER_SCENARIO) {
    add('steps', `every path needs at least ${MIN_DECISIONS_PER_SCENARIO} decisions, and one has ${fewest}`);
  }
  const branches = data.steps.some((s) => s.kind === 'decision' && new Set(s.choices.map((c) => c.next ?? s.next)).size > 1);
  if (!branches) add('steps', 'needs at least one decision whose choices lead to different steps');
}

function compileChoice(
  c: { id: string; text: string; correct: boolean; feedback: string; next?: string },
  file: string,
  field: string,
  ctx: Context,
): QuizChoice {
  return {
    id: c.id,
    text: c.text,
    correct: c.correct,
    feedback: markdown(c.feedback, file, `${field}.feedback`, ctx).nodes,
    ...(c.next ? { next: c.next } : {}),
  };
}

function compileScenario(data: ScenarioFile, file: string, ctx: Context, lessonTitle: (id: string) => string): Scenario {
  const steps: Record<string, Step> = {};
  data.steps.forEach((s, i) => {
    const field = `steps[${i}]`;
    if (s.kind === 'decision') {
      for (const bullet of s.practises)
        ctx.claims?.push({ bullet, file, field: `${field}.practises`, question: `assessment: ${data.id} / decision ${s.id}` });
      const prompt = markdown(s.prompt, file, `${field}.prompt`, ctx);
      const [id, section] = s.lesson.split('#');
      const step: DecisionStep = {
        kind: 'decision',
        id: s.id,
        type: s.type,
        prompt: prompt.nodes,
        promptText: prompt.text,
        lesson: { id, ...(section ? { section } : {}), title: lessonTitle(id) },
        weight: s.weight,
        choices: s.choices.map((c, j) => compileChoice(c, file, `${field}.choices[${j}]`, ctx)),
        ...(s.order ? { order: s.order } : {}),
        ...(s.next ? { next: s.next } : {}),
      };
      steps[s.id] = step;
    } else if (s.kind === 'consequence') {
      steps[s.id] = { kind: 'consequence', id: s.id, text: markdown(s.text, file, `${field}.text`, ctx).nodes, next: s.next };
    } else {
      steps[s.id] = { kind: 'end', id: s.id, text: markdown(s.text, file, `${field}.text`, ctx).nodes };
    }
  });
  const walked = paths(new Map(data.steps.map((s) => [s.id, s])), data.start);
  const decisions = walked.paths.length ? walked.paths[0].filter((id) => steps[id].kind === 'decision').length : 0;
  return {
    id: data.id,
    title: data.title,
    theme: { id: data.theme, title: lessonTitle(data.theme) },
    ...(data.contentNote ? { contentNote: data.contentNote } : {}),
    setting: markdown(data.setting, file, 'setting', ctx).nodes,
    characters: data.characters.map((c) => {
      const drawn = drawCharacter(data.id, c.id, c.look);
      ctx.illustrations?.push(drawn);
      return { id: c.id, ...(c.name ? { name: c.name } : {}), role: c.role, src: drawn.fileName, size: FIGURE_SIZE };
    }),
    start: data.start,
    steps,
    facilitatorNotes: data.facilitatorNotes,
    discussion: data.discussion,
    decisions,
  };
}

export function loadAssessment(contentDir: string, ctx: Context): Assessment | undefined {
  const assessmentFile = join(contentDir, 'assessment.yaml');
  if (!existsSync(assessmentFile)) return undefined;
  const config = readYamlFile(assessmentFile, assessmentFileSchema, ctx.problems, ctx.files);
  const dir = join(contentDir, 'scenarios');
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : [];
  const scenarios = new Map<string, { file: string; data: ScenarioFile }>();
  // Files already reported as invalid: not also "unknown" where the assessment lists them.
  const invalid = new Set<string>();
  const people: PlacedCharacter[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const data = readYamlFile(file, scenarioFileSchema, ctx.problems, ctx.files);
    if (!data) {
      invalid.add(name.replace(/\.ya?ml$/, ''));
      continue;
    }
    if (data.id !== name.replace(/\.ya?ml$/, '')) {
      ctx.problems.push({
        file: rel(file),
        field: 'id',
        reason: `is "${data.id}" but the file is named ${name}: name the file ${data.id}.yaml`,
      });
    }
    if (scenarios.has(data.id)) {
      ctx.problems.push({ file: rel(file), field: 'id', reason: `duplicate scenario id "${data.id}"` });
      continue;
    }
    scenarios.set(data.id, { file: rel(file), data });
    const text = [data.title, data.setting, ...data.steps.map((s) => (s.kind === 'decision' ? s.prompt : s.text))].join(' ');
    const hit = SENSITIVE.exec(text);
    if (hit && !data.contentNote) {
      ctx.problems.push({
        file: rel(file),
        field: 'contentNote',
        reason: `the scenario mentions "${hit[0]}": add a content note naming its distressing topics`,
      });
    }
    checkScenario(data, rel(file), ctx);
    ctx.problems.push(...checkCharacters(data.characters, rel(file)));
    data.characters.forEach((character, i) => people.push({ file: rel(file), field: `characters[${i}]`, character }));
  }
  // Judged on every valid scenario together: a look may be balanced in another file.
  if (invalid.size === 0) ctx.problems.push(...checkDiversity(people));
  if (!config) return undefined;
  config.scenarios.forEach((id, i) => {
    if (!scenarios.has(id) && !invalid.has(id))
      ctx.problems.push({
        file: rel(assessmentFile),
        field: `scenarios[${i}]`,
        reason: `unknown scenario "${id}": there is no content/scenarios/${id}.yaml`,
      });
  });
  for (const [id, { file }] of scenarios) {
    if (!config.scenarios.includes(id))
      ctx.problems.push({ file, field: 'id', reason: `scenario "${id}" is not listed in ${rel(assessmentFile)}` });
  }
  const title = (id: string) => ctx.lessons.get(id)?.title ?? id;
  const compiled = config.scenarios
    .filter((id) => scenarios.has(id))
    .map((id) => {
      const { file, data } = scenarios.get(id)!;
      return compileScenario(data, file, ctx, title);
    });
  // A bank draws from one theme's scenarios; they must weigh the same for a fair score.
  config.banks.forEach((bank, i) => {
    const pool = compiled.filter((s) => s.theme.id === bank.theme);
    const field = `banks[${i}]`;
    if (pool.length === 0) ctx.problems.push({ file: rel(assessmentFile), field, reason: `no scenario has the theme "${bank.theme}"` });
    else if (bank.draw > pool.length)
      ctx.problems.push({ file: rel(assessmentFile), field, reason: `draws ${bank.draw} but the theme has ${pool.length} scenario(s)` });
    else if (new Set(pool.map((s) => s.decisions)).size > 1) {
      ctx.problems.push({
        file: rel(assessmentFile),
        field,
        reason: `the scenarios of "${bank.theme}" must have the same number of decisions`,
      });
    }
  });
  const decisions = compiled.reduce((sum, s) => {
    const bank = config.banks.find((b) => b.theme === s.theme.id);
    const pool = compiled.filter((x) => x.theme.id === s.theme.id).length;
    return sum + (bank ? (s.decisions * bank.draw) / pool : s.decisions);
  }, 0);
  return { scenarios: compiled, attempts: config.attempts, keep: config.keep, banks: config.banks, decisions: Math.round(decisions) };
}

/** A knowledge check, at the end of a lesson or inside a section; `field` is where it sits in the file. */
export function compileCheck(check: CheckFile, file: string, ctx: Context, field = 'check'): KnowledgeCheck {
  const correct = check.choices.filter((c) => c.correct).length;
  const problem = (reason: string, where = 'choices') => ctx.problems.push({ file, field: `${field}.${where}`, reason });
  if (check.type === 'single' && correct !== 1) problem(`a single-choice check needs exactly one correct answer, not ${correct}`);
  if (check.type === 'multiple' && correct === 0) problem('a multiple-response check needs at least one correct answer');
  if (check.type === 'open' && correct > 0) problem('an open check marks no answer right: remove `correct`');
  if (check.type === 'open' && !check.feedback) problem('an open check needs feedback, shown whatever is chosen', 'feedback');
  if (check.type !== 'open') {
    check.choices.forEach((c, j) => {
      if (!c.feedback) problem('is required: say why this answer is or is not right', `choices[${j}].feedback`);
    });
  }
  const ids = check.choices.map((c) => c.id);
  if (new Set(ids).size !== ids.length) problem('duplicate choice ids');
  return {
    id: check.id,
    type: check.type,
    prompt: markdown(check.prompt, file, `${field}.prompt`, ctx).nodes,
    choices: check.choices.map((c, j) => compileChoice({ ...c, feedback: c.feedback ?? '' }, file, `${field}.choices[${j}]`, ctx)),
    ...(check.feedback ? { feedback: markdown(check.feedback, file, `${field}.feedback`, ctx).nodes } : {}),
  };
}
