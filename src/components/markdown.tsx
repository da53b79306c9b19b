/**
 * Renders the Markdown tree compiled at build time. Only the tags the build allows
 * exist here, and everything is a React element: no HTML string reaches the page.
 */
import { createElement, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { MdNode } from '../course/types.ts';

function render(node: MdNode, key: number): ReactNode {
  if (typeof node === 'string') return node;
  const [tag, attrs, ...children] = node;
  const kids = children.map(render);
  if (tag === 'a' && attrs?.to) {
    return (
      <Link key={key} to={attrs.to}>
        {kids}
      </Link>
    );
  }
  if (tag === 'a') {
    return (
      <a key={key} href={attrs?.href} rel="noopener noreferrer" target="_blank">
        {kids}
        <span className="visually-hidden"> (opens in a new window)</span>
      </a>
    );
  }
  return createElement(tag, { key }, ...kids);
}

export function Markdown({ nodes }: { nodes: MdNode[] }) {
  return <>{nodes.map(render)}</>;
}
