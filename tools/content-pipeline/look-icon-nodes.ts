/**
 * The drawing of each icon the looks use, taken from lucide at build (lucide-react's
 * per-icon modules, ISC licence) and shipped as plain data: the browser draws it with a few
 * lines of its own (src/components/look-icon.tsx) instead of lucide-react's runtime, which
 * would cost about 2 KB more of the first load. Only the icons content names are shipped.
 */
import type { LookIconName } from '../../src/course/look-icons.ts';
import type { IconNode } from '../../src/course/types.ts';

/** The shapes an icon may draw with: the drawing is data, never markup. */
const SHAPES = new Set(['path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'ellipse']);

export async function lookIconNodes(names: Iterable<LookIconName>): Promise<Record<string, IconNode>> {
  const out: Record<string, IconNode> = {};
  for (const name of [...new Set(names)].sort()) {
    const mod = (await import(`lucide-react/icons/${name}`)) as { __iconData: { node: [string, Record<string, string>][] } };
    out[name] = mod.__iconData.node.map(([shape, attrs]) => {
      if (!SHAPES.has(shape)) throw new Error(`lucide icon "${name}" draws a <${shape}>, which the course does not draw`);
      // `key` is lucide's React key, not a drawing attribute.
      const { key: _key, ...drawn } = attrs;
      return [shape, drawn];
    });
  }
  return out;
}

/** The virtual module's code. */
export function lookIconsModule(nodes: Record<string, IconNode>): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(nodes))});\n`;
}
