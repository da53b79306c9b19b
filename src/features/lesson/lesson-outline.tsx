/**
 * Where the learner is in the lesson, beyond the position line: on a wide screen a sidebar
 * of the lesson's parts; on a narrower one a button that opens them in a modal drawer.
 * Loaded lazily (its own chunk and stylesheet), so the first screen stays small; CSS shows
 * one or the other by width, and neither prints.
 */
import { useRef } from 'react';
import type { Lesson } from '../../course/types.ts';
import { LessonParts } from './lesson-parts.tsx';
import './lesson-outline.css';

interface Props {
  lesson: Lesson;
  sectionId: string;
}

export function LessonSidebar({ lesson, sectionId }: Props) {
  return (
    <nav className="lesson-sidebar" aria-labelledby="lesson-sidebar-heading">
      <h2 id="lesson-sidebar-heading">Parts of this lesson</h2>
      <LessonParts lesson={lesson} sectionId={sectionId} />
    </nav>
  );
}

/**
 * A real modal <dialog> (showModal): the rest of the page is inert, so focus stays inside;
 * Esc closes it. Focus goes back to the button on closing, except when a part's link was
 * followed: then the route change moves focus to the new page's heading.
 */
export function LessonDrawer({ lesson, sectionId }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const following = useRef(false);
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        type="button"
        className="lesson-drawer-button"
        aria-haspopup="dialog"
        ref={button}
        onClick={() => dialog.current?.showModal()}
      >
        All parts
      </button>
      <dialog
        className="lesson-drawer"
        aria-labelledby="lesson-drawer-heading"
        ref={dialog}
        onClose={() => {
          if (!following.current) button.current?.focus();
          following.current = false;
        }}
        // A click on the backdrop (outside the panel) closes the drawer too.
        onClick={(e) => e.target === dialog.current && close()}
      >
        <div className="lesson-drawer-panel">
          <div className="lesson-drawer-top">
            <h2 id="lesson-drawer-heading">Parts of this lesson</h2>
            <button type="button" onClick={close}>
              Close
            </button>
          </div>
          <LessonParts
            lesson={lesson}
            sectionId={sectionId}
            onFollow={() => {
              following.current = true;
              close();
            }}
          />
        </div>
      </dialog>
    </>
  );
}
