// An HTML page → its readable article text and metadata. linkedom builds the DOM (fast,
// no browser emulation) and Mozilla's Readability picks the article out of navigation,
// ads and link lists.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { type HtmlMeta, readHtmlMeta } from './html-meta.ts';
import { domToText } from './html-text.ts';

export interface HtmlArticle extends HtmlMeta {
  /** The readable text, paragraphs separated by blank lines (ArticleInput.raw). */
  text: string;
}

export const NO_ARTICLE_TEXT = 'no article text found in HTML';

/** The charset a page declares in its first bytes (<meta charset> or http-equiv). */
export function declaredCharset(head: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m ? m[1] : null;
}

export function readHtml(html: string): HtmlArticle | { error: string } {
  let document: ReturnType<typeof parseHTML>['document'];
  try {
    ({ document } = parseHTML(html));
  } catch (e) {
    return { error: `unparseable HTML: ${(e as Error).message}` };
  }
  if (!document?.documentElement) return { error: NO_ARTICLE_TEXT };
  const meta = readHtmlMeta(document as never);

  let text = '';
  let readabilityTitle: string | null = null;
  try {
    // The serializer hands back the article's DOM node so it can be walked block by block.
    const article = new Readability<unknown>(document as never, { serializer: (node) => node }).parse();
    if (article?.content) text = domToText(article.content);
    readabilityTitle = article?.title?.trim() || null;
  } catch {
    // Readability gives up on some broken trees; the body text below is the fallback.
  }
  if (!text.trim()) {
    // Readability found no article (a very short page, say): take the body, minus the
    // parts that are never the article.
    const { document: again } = parseHTML(html);
    for (const el of Array.from(again.querySelectorAll('nav, header, footer, aside, form, script, style'))) el.remove();
    if (again.body) text = domToText(again.body);
  }
  // A word or two ("Home", a lone link) is what is left of a page without an article.
  if ((text.match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) return { error: NO_ARTICLE_TEXT };
  return { ...meta, title: meta.title ?? readabilityTitle, text };
}
