/**
 * Compiles a content Markdown string into the small node tree the app renders
 * (src/course/types.ts). Runs at build time only, so no Markdown parser ships.
 * Raw HTML is refused rather than escaped: an editor who typed a tag meant something,
 * and should be told it will not appear. Every link reaches the course's own check
 * (parseLink): markdown-it would otherwise drop javascript: and data: links before it, and
 * the learner would see the raw Markdown instead of the build failing.
 */
import MarkdownIt from 'markdown-it';
import type { MdAttrs, MdNode, MdTag } from '../../src/course/types.ts';
import { paths } from '../../src/config/paths.ts';
import { isSafeExternalUrl, unsafeUrlReason } from '../../src/lib/safe-text.ts';

const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
// markdown-it's own filter turns a refused link back into plain text, silently. Let every
// link through to parseLink, which refuses what is not allowed with a reason.
md.validateLink = () => true;
type Token = ReturnType<typeof md.parse>[number];

/** An internal link, resolved later against the course's lesson and section ids. */
export interface InternalLink {
  lesson?: string;
  section?: string;
  page?: 'support' | 'accessibility';
}

export interface CompiledMarkdown {
  nodes: MdNode[];
  links: InternalLink[];
  /** Plain text, for coverage and term checks. */
  text: string;
  errors: string[];
}

type Element = [MdTag, MdAttrs | null, ...MdNode[]];

const BLOCK_TAGS: Record<string, MdTag> = {
  paragraph: 'p',
  bullet_list: 'ul',
  ordered_list: 'ol',
  list_item: 'li',
  blockquote: 'blockquote',
  strong: 'strong',
  em: 'em',
  link: 'a',
};

export function parseLink(href: string): InternalLink | { external: string } | { error: string } {
  let m = /^lesson:([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(href);
  if (m) return { lesson: m[1], section: m[2] };
  m = /^page:(support|accessibility)$/.exec(href);
  if (m) return { page: m[1] as 'support' | 'accessibility' };
  if (isSafeExternalUrl(href)) return { external: href };
  return {
    error: `${unsafeUrlReason(href)}; inside the course use lesson:<id>, lesson:<id>#<section>, page:support or page:accessibility`,
  };
}

export function compileMarkdown(source: string): CompiledMarkdown {
  const root: Element = ['p', null];
  const stack: Element[] = [root];
  const links: InternalLink[] = [];
  const errors: string[] = [];
  const html: string[] = [];
  const textParts: string[] = [];
  const top = () => stack[stack.length - 1];
  const push = (node: MdNode) => top().push(node);

  const open = (tag: MdTag, attrs: MdAttrs | null = null) => {
    const el: Element = [tag, attrs];
    push(el);
    stack.push(el);
  };
  const close = () => {
    if (stack.length > 1) stack.pop();
  };

  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      const kind = t.type.replace(/_(open|close)$/, '');
      if (t.type === 'html_block' || t.type === 'html_inline') {
        html.push(JSON.stringify(t.content.trim().slice(0, 40)));
      } else if (t.type === 'inline') {
        walk(t.children ?? []);
        textParts.push(' ');
      } else if (t.type === 'text') {
        push(t.content);
        textParts.push(t.content);
      } else if (t.type === 'code_inline') {
        push(['code', null, t.content]);
        textParts.push(t.content);
      } else if (t.type === 'softbreak') {
        push(' ');
        textParts.push(' ');
      } else if (t.type === 'hardbreak') {
        push(['br', null]);
      } else if (t.type === 'hr') {
        push(['hr', null]);
      } else if (t.type === 'heading_open') {
        if (t.tag === 'h1' || t.tag === 'h2') {
          errors.push('headings inside a section must start with ### (the section title is the larger heading)');
        }
        open(t.tag === 'h1' || t.tag === 'h2' || t.tag === 'h3' ? 'h3' : 'h4');
      } else if (t.type === 'heading_close') {
        close();
      } else if (t.type === 'link_open') {
        const href = String(t.attrGet('href') ?? '');
        const parsed = parseLink(href);
        if ('error' in parsed) {
          errors.push(parsed.error);
          open('a', { href: '' });
        } else if ('external' in parsed) {
          open('a', { href: parsed.external });
        } else {
          links.push(parsed);
          open('a', { to: routeFor(parsed) });
        }
      } else if (t.type.endsWith('_open') && BLOCK_TAGS[kind]) {
        // Tight lists mark their paragraphs hidden: keep list items free of <p>.
        if (t.type === 'paragraph_open' && t.hidden) continue;
        open(BLOCK_TAGS[kind]);
      } else if (t.type.endsWith('_close') && BLOCK_TAGS[kind]) {
        if (t.type === 'paragraph_close' && t.hidden) continue;
        close();
        textParts.push(' ');
      } else if (t.type === 'fence' || t.type === 'code_block') {
        errors.push('code blocks are not used in this course: remove the indentation or the ``` fence');
      } else if (t.type === 'image') {
        errors.push('images are not supported in lesson text yet');
      } else {
        errors.push(`Markdown "${t.type.replace(/_open$/, '')}" is not supported here`);
      }
    }
  };

  walk(md.parse(source, {}));
  if (html.length > 0) errors.unshift(`raw HTML is not allowed (found ${html.join(', ')}): write plain Markdown`);
  const [, , ...nodes] = root;
  return { nodes, links, text: textParts.join('').replace(/\s+/g, ' ').trim(), errors: [...new Set(errors)] };
}

/** The hash route an internal link goes to. */
export function routeFor(link: InternalLink): string {
  if (link.page === 'support') return paths.support;
  if (link.page === 'accessibility') return paths.accessibility;
  return paths.lesson(link.lesson ?? '', link.section);
}
