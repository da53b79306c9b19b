/**
 * Compiles the activities of a lesson section (schema.ts: activitySchema) and checks what
 * the schema alone cannot: unique ids, and every sort item placed in a group that exists.
 */
import type { Activity } from '../../src/course/activity-types.ts';
import type { ActivityFile } from './schema.ts';
import { compileCheck, markdown, type Context } from './quiz-load.ts';

export function compileActivities(activities: ActivityFile[], file: string, field: string, ctx: Context): Activity[] {
  return activities.map((a, i): Activity => {
    const at = `${field}[${i}]`;
    if (a.text !== undefined) return { kind: 'text', body: markdown(a.text, file, `${at}.text`, ctx).nodes };
    if (a.check) return { kind: 'check', check: compileCheck(a.check, file, ctx, `${at}.check`) };
    if (a.reveal) {
      const r = a.reveal;
      unique(
        r.cards.map((c) => c.id),
        file,
        `${at}.reveal.cards`,
        ctx,
      );
      return {
        kind: 'reveal',
        id: r.id,
        prompt: markdown(r.prompt, file, `${at}.reveal.prompt`, ctx).nodes,
        cards: r.cards.map((c, j) => ({
          id: c.id,
          front: c.front,
          options: c.options,
          back: markdown(c.back, file, `${at}.reveal.cards[${j}].back`, ctx).nodes,
        })),
      };
    }
    const s = a.sort!;
    const groups = new Set(s.groups.map((g) => g.id));
    unique([...groups], file, `${at}.sort.groups`, ctx, s.groups.length);
    unique(
      s.items.map((item) => item.id),
      file,
      `${at}.sort.items`,
      ctx,
    );
    s.items.forEach((item, j) => {
      if (!groups.has(item.group))
        ctx.problems.push({ file, field: `${at}.sort.items[${j}].group`, reason: `"${item.group}" is not one of this sort's groups` });
    });
    for (const g of groups) {
      if (!s.items.some((item) => item.group === g))
        ctx.problems.push({ file, field: `${at}.sort.groups`, reason: `no item belongs in the group "${g}"` });
    }
    return {
      kind: 'sort',
      id: s.id,
      prompt: markdown(s.prompt, file, `${at}.sort.prompt`, ctx).nodes,
      groups: s.groups,
      items: s.items.map((item, j) => ({
        id: item.id,
        text: item.text,
        group: item.group,
        feedback: markdown(item.feedback, file, `${at}.sort.items[${j}].feedback`, ctx).nodes,
      })),
    };
  });
}

function unique(ids: string[], file: string, field: string, ctx: Context, expected = ids.length) {
  if (new Set(ids).size !== expected) ctx.problems.push({ file, field, reason: 'duplicate ids' });
}
