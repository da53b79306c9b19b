/**
 * The build's check that every slide of every deck fits the smallest supported screen
 * (slide-fit.ts has the model). Each lesson is checked as its own deck and as its 7-minute
 * briefing: a deck of several lessons is made of the same slides. A problem names the file,
 * the field the slide's words come from, and how much too long it is.
 */
import type { CourseMeta, Lesson } from '../../src/course/types.ts';
import { buildBriefingSlides, buildSlides, type Slide } from '../../src/lib/slides.ts';
import type { ContentProblem } from './errors.ts';
import { slideFit } from './slide-fit.ts';

export function checkSlidesFit(
  course: Pick<CourseMeta, 'support'>,
  lessons: Lesson[],
  fileOf: (lessonId: string) => string,
  courseFile: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const lesson of lessons) {
    const decks: [string, Slide[]][] = [['lesson', buildSlides(course, [lesson])]];
    if (lesson.briefing) decks.push(['7-minute briefing', buildBriefingSlides(course, lesson)]);
    for (const [deck, slides] of decks) {
      for (const slide of slides) {
        const fit = slideFit(slide);
        if (fit.need <= fit.room) continue;
        const over = Math.ceil((fit.need - fit.room) / fit.line);
        problems.push({
          file: slide.kind === 'support' ? courseFile : fileOf(lesson.id),
          field: slide.field,
          reason:
            `its slide "${slideName(slide)}" (${slide.kind === 'note' || slide.kind === 'support' ? 'in every deck' : `${deck} deck`}) ` +
            `would overflow a projected slide: it needs about ${fit.need} px of the ${fit.room} px a 1024x768 screen gives it, ` +
            `about ${over} line${over === 1 ? '' : 's'} too many. ${slide.kind === 'note' ? 'Shorten it, or write a shorter form for slides in contentNote.slide.' : 'Shorten it, or remove a point.'}`,
        });
      }
    }
  }
  return problems;
}

const slideName = (slide: Slide) => (slide.kind === 'section' ? `${slide.title} / ${slide.heading}` : slide.title);
