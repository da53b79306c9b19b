/**
 * The same footer on every projected slide: the course's title and where the room is in the
 * deck. Hidden from screen readers: the slide is a live region, and this would repeat the
 * page's title and the control bar's counter on every move.
 */
export function SlideFooter({ title, number, count }: { title: string; number: number; count: number }) {
  return (
    <div className="slide-footer" aria-hidden="true">
      <span className="slide-footer-title">{title}</span>
      <span className="slide-footer-number">
        Slide {number} of {count}
      </span>
    </div>
  );
}
