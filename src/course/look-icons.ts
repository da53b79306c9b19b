/**
 * The icons a theme's look may name in content/looks.yaml. The build refuses any other
 * name; the app imports exactly these (src/components/look-icon.tsx), so each one costs
 * first-load bytes. Chosen to be calm: never a pill, a weapon or an injury.
 */
export const LOOK_ICONS = [
  'baby',
  'backpack',
  'users',
  'house',
  'briefcase',
  'messages-square',
  'handshake',
  'mountain',
  'book-open-text',
] as const;

export type LookIconName = (typeof LOOK_ICONS)[number];
