/**
 * The words of a compiled Markdown tree as one line of plain text: what a live region
 * says aloud when an activity shows feedback (a live region reads text, not structure).
 */
import type { MdNode } from '../course/types.ts';

const BLOCKS = new Set(['p', 'h3', 'h4', 'li', 'blockquote', 'br', 'hr']);

export function mdText(nodes: MdNode[]): string {
  const parts: string[] = [];
  const walk = (node: MdNode) => {
    if (typeof node === 'string') {
      parts.push(node);
      return;
    }
    const [tag, , ...children] = node;
    children.forEach(walk);
    // Blocks end a sentence for the ear: keep a space between them.
    if (BLOCKS.has(tag)) parts.push(' ');
  };
  nodes.forEach(walk);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
