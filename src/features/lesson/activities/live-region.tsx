/**
 * A polite live region for one activity. It is in the page from the start (screen readers
 * miss announcements from a region that appears with its text) and says the latest thing.
 */
export function LiveRegion({ message }: { message: string }) {
  return (
    <p role="status" aria-live="polite" className="visually-hidden">
      {message}
    </p>
  );
}
