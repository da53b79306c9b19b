import { describe, expect, it } from 'vitest';
import { courseOutcome } from '../../src/lib/outcome-rules.ts';

describe('course outcome', () => {
  it('without an assessment: completed when every lesson is done, success unknown, no score', () => {
    expect(courseOutcome(false)).toEqual({ completion: 'incomplete', success: 'unknown' });
    expect(courseOutcome(true)).toEqual({ completion: 'completed', success: 'unknown' });
  });

  it('reports no score or pass/fail until the result is final', () => {
    const notFinal = { result: { score: 40, passed: false, final: false } };
    expect(courseOutcome(true, notFinal)).toEqual({ completion: 'incomplete', success: 'unknown' });
  });

  it('a final pass completes the course once the lessons are done', () => {
    const passed = { result: { score: 85, passed: true, final: true } };
    expect(courseOutcome(true, passed)).toEqual({ completion: 'completed', success: 'passed', score: 85 });
    expect(courseOutcome(false, passed)).toEqual({ completion: 'incomplete', success: 'passed', score: 85 });
  });

  it('a final fail (last attempt used) is reported as failed with its score', () => {
    const failed = { result: { score: 60.4, passed: false, final: true } };
    expect(courseOutcome(true, failed)).toEqual({ completion: 'completed', success: 'failed', score: 60 });
  });

  it('when the course says so, passing the assessment completes it without the lessons', () => {
    const passed = { passingCompletes: true, result: { score: 90, passed: true, final: true } };
    expect(courseOutcome(false, passed)).toEqual({ completion: 'completed', success: 'passed', score: 90 });
  });

  it('keeps scores within 0-100', () => {
    expect(courseOutcome(true, { result: { score: 120, passed: true, final: true } }).score).toBe(100);
  });
});
