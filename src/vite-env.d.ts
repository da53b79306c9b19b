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

// The looks' colours, written by the build from content/looks.yaml (tools/content-pipeline/looks.ts).
declare module 'virtual:looks.css';

// The drawing of each icon the looks use, by icon name (tools/content-pipeline/look-icon-nodes.ts).
declare module 'virtual:look-icons' {
  import type { IconNode } from './course/types.ts';
  const icons: Record<string, IconNode>;
  export default icons;
}
