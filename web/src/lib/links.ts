// Article metadata is untrusted: a source URL becomes a link only when it is plain http(s), so a
// `javascript:` or `data:` URL in a manifest or a pasted feed cannot run in the page.
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
