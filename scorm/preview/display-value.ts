/**
 * How values appear in the tables: quoted so an empty string is visible, and shortened
 * past a screenful, with the full length given (suspend_data can be thousands of characters).
 */
const MAX_SHOWN = 160;

export function displayValue(value: string): string {
  const quoted = JSON.stringify(value.length > MAX_SHOWN ? value.slice(0, MAX_SHOWN) : value);
  return value.length > MAX_SHOWN ? `${quoted.slice(0, -1)}…" (${value.length.toLocaleString('en-GB')} characters)` : quoted;
}

/** Makes an element with text, the only way the page puts text in the DOM. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}
