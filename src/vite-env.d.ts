/// <reference types="vite/client" />

declare module 'virtual:course' {
  import type { CourseMeta, Lesson } from './course/types.ts';
  const course: CourseMeta;
  export default course;
  export const lessonLoaders: Record<string, () => Promise<{ default: Lesson }>>;
}

declare module 'virtual:assessment' {
  import type { Assessment } from './course/quiz-types.ts';
  const assessment: Assessment | null;
  export default assessment;
}
