import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../tools/content-pipeline/load.ts';
import { fillPlaceholders, placeholderProblems } from '../../tools/content-pipeline/placeholders.ts';
import { copyFixture, problemsOf } from '../fixtures/content-copy.ts';

const values = { 'lessons-minutes': 46, 'assessment-minutes': undefined };

describe('time placeholders in content', () => {
  it("are replaced at build in lesson text, key points and the plain text, with the sum of the lessons' minutes", () => {
    const { dir, edit } = copyFixture();
    edit('lessons/first.yaml', (t) =>
      t
        .replace('Some **bold** text', 'The lessons take about {lessons-minutes} minutes, **{lessons-minutes}** in bold')
        .replace('keyPoints: [A point for the slide]', "keyPoints: ['About {lessons-minutes} minutes']"),
    );
    const course = loadCourse(dir);
    const section = course.lessons[0].sections[0];
    // The lessons' minutes as the build measures them (word-rule.ts).
    const total = course.lessons.reduce((sum, l) => sum + l.minutes, 0);
    expect(total).toBeGreaterThan(0);
    expect(JSON.stringify(section.body)).toContain(`The lessons take about ${total} minutes, `);
    expect(JSON.stringify(section.body)).toContain(`["strong",null,"${total}"]`);
    expect(section.keyPoints).toEqual([`About ${total} minutes`]);
    expect(JSON.stringify(course)).not.toContain('{lessons-minutes}');
  });

  it('an unknown placeholder fails the build with its file and field', () => {
    const { dir, edit } = copyFixture();
    edit('lessons/first.yaml', (t) => t.replace('Some **bold** text', 'About {lesson-minutes} minutes'));
    const problems = problemsOf(dir);
    expect(problems).toEqual([
      expect.objectContaining({ field: 'sections[0].body', reason: expect.stringMatching(/^unknown placeholder \{lesson-minutes\}/) }),
    ]);
    expect(problems[0].file).toMatch(/lessons\/first\.yaml$/);
  });

  it('the assessment time fails the build in a course with no assessment, and is shown once measured', () => {
    const { dir, edit } = copyFixture();
    edit('lessons/sensitive.yaml', (t) =>
      t.replace('Which themes might be relevant?', 'The assessment takes {assessment-minutes} minutes.'),
    );
    const course = loadCourse(dir);
    expect(JSON.stringify(course.lessons[1].sections[1].body)).toContain(
      `The assessment takes ${course.meta.assessment!.minutes} minutes.`,
    );
    rmSync(join(dir, 'assessment.yaml'));
    rmSync(join(dir, 'scenarios'), { recursive: true });
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({ field: 'sections[1].body', reason: expect.stringMatching(/not known at this build/) }),
    ]);
    expect(placeholderProblems('takes {assessment-minutes}', { ...values, 'assessment-minutes': 20 }, 'f.yaml')).toEqual([]);
    expect(fillPlaceholders(['takes {assessment-minutes}'], { ...values, 'assessment-minutes': 20 })).toEqual(['takes 20']);
  });

  it('are found at any depth and named by the field as written', () => {
    const data = { sections: [{ body: 'ok' }, { keyPoints: ['x', '{nope} and {lessons-minutes}'] }] };
    expect(placeholderProblems(data, values, 'f.yaml')).toEqual([
      { file: 'f.yaml', field: 'sections[1].keyPoints[1]', reason: expect.stringMatching(/^unknown placeholder \{nope\}/) },
    ]);
    expect(fillPlaceholders(data, values).sections[1].keyPoints).toEqual(['x', '{nope} and 46']);
  });
});
