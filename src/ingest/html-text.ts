// HTML → plain text with one paragraph per block element, separated by blank lines.
// textContent would run "Heading" and "First paragraph" together into "HeadingFirst
// paragraph", which breaks sentence splitting downstream, so the text is built by walking
// the tree. Table rows become "cell | cell" lines, the shape pages saved as text have.
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'ul',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'select', 'button', 'input', 'head']);

// Only the parts of the DOM the walk uses, so linkedom's and the standard types both fit.
interface DomNode {
  nodeType: number;
  localName?: string | null;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

class TextBuilder {
  readonly paragraphs: string[] = [];
  private buf = '';

  inline(s: string): void {
    this.buf += s;
  }

  flush(): void {
    const lines = this.buf
      .split('\n')
      .map((l) => l.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
      .filter(Boolean);
    if (lines.length) this.paragraphs.push(lines.join('\n'));
    this.buf = '';
  }
}

function walk(node: DomNode, out: TextBuilder): void {
  if (node.nodeType === 3) {
    out.inline((node.textContent ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const tag = (node.localName ?? '').toLowerCase();
  if (SKIP.has(tag)) return;
  if (tag === 'br') {
    out.inline('\n');
    return;
  }
  if (tag === 'pre') {
    out.flush();
    out.inline(node.textContent ?? '');
    out.flush();
    return;
  }
  if (tag === 'tr') {
    out.flush();
    const cells: string[] = [];
    for (const cell of Array.from(node.childNodes)) {
      const inner = new TextBuilder();
      walk(cell, inner);
      inner.flush();
      const t = inner.paragraphs.join(' ').replace(/\s+/g, ' ').trim();
      if (t) cells.push(t);
    }
    if (cells.length) out.inline(`${cells.join(' | ')} |`);
    out.flush();
    return;
  }
  const block = BLOCK.has(tag);
  if (block) out.flush();
  for (const child of Array.from(node.childNodes)) walk(child, out);
  if (block) out.flush();
}

/** Text of a DOM node (an element or a document), paragraphs separated by blank lines. */
export function domToText(node: unknown): string {
  const out = new TextBuilder();
  walk(node as DomNode, out);
  out.flush();
  return out.paragraphs.join('\n\n');
}

/** Text of an HTML fragment, such as a feed item's content. */
export function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return domToText(document.body);
}
