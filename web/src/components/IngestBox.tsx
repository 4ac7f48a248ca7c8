// Paste an article or upload a file, and see what Chancery found in it. The text read is shown back
// as text: markup in an article is data, never part of the page.
import { type FormEvent, useState } from 'react';
import { type ApiIngestResult, ingest } from '../api.ts';
import { formatDate } from '../lib/dates.ts';
import { ModeBadge } from './common.tsx';

interface Props {
  needsToken: boolean;
  onIngested(): void;
}

const STATUS: Record<string, string> = {
  stored: 'Stored',
  updated: 'Updated (a stored document with this id had other content)',
  copy: 'Stored as a near-copy',
  duplicate: 'Already stored',
};

const PREVIEW = 1500;

export function IngestBox({ needsToken, onIngested }: Props) {
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [published, setPublished] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ApiIngestResult | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await ingest({ text, file, published, token });
      setResult(res);
      if (res.documents.some((d) => d.status !== 'duplicate')) onIngested();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card ingest" aria-label="Add an article">
      <h2>Add an article</h2>
      <form onSubmit={submit}>
        <label className="stack">
          <span>Paste the article's text (or HTML)</span>
          <textarea
            name="text"
            rows={8}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="On 3 July 2025, Russia became the first country to recognize the Taliban government…"
            disabled={file !== null}
          />
        </label>
        <div className="row">
          <label className="stack">
            <span>…or upload a file (.txt, .html, .json, .jsonl, RSS/Atom)</span>
            <input
              type="file"
              name="file"
              accept=".txt,.text,.html,.htm,.xhtml,.json,.jsonl,.ndjson,.xml,.rss,.atom"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </label>
          <label className="stack">
            <span>Published (resolves "on Thursday")</span>
            <input type="date" name="published" value={published} onChange={(e) => setPublished(e.target.value)} />
          </label>
          {needsToken && (
            <label className="stack">
              <span>Write token</span>
              <input type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
            </label>
          )}
        </div>
        <button type="submit" className="primary" disabled={busy || (!file && text.trim() === '')}>
          {busy ? 'Reading…' : 'Find events'}
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div className="ingest-result" aria-live="polite">
          {result.failed.map((f) => (
            <p key={f.file} className="error">
              {f.file}: {f.reason}
            </p>
          ))}
          {result.documents.map((d) => (
            <article key={d.doc} className="ingested" data-doc={d.doc}>
              <h3>
                {STATUS[d.status] ?? d.status}: {d.document?.title ?? d.doc}
              </h3>
              <p className="muted small">
                id {d.duplicateOf ?? d.doc}
                {d.document?.published ? ` · published ${formatDate(d.document.published)}` : ''}
                {d.flags.length > 0 ? ` · ${d.flags.join(', ')}` : ''}
              </p>
              {d.document && d.document.records.length === 0 && <p>No events found in this text.</p>}
              {d.document && d.document.records.length > 0 && (
                <ul className="records">
                  {d.document.records.map((r) => (
                    <li
                      key={`${r.start}-${r.actor}-${r.action}-${r.target}`}
                      data-record={`${r.actor} ${r.action} ${r.target}`}
                    >
                      <span className="event-summary">{r.summary}</span> <ModeBadge mode={r.mode} />{' '}
                      <span className="event-date">{formatDate(r.date)}</span>
                      <blockquote className="evidence">{r.evidence}</blockquote>
                    </li>
                  ))}
                </ul>
              )}
              {d.document && (
                <details>
                  <summary>Text as read ({d.document.text.length.toLocaleString()} characters)</summary>
                  <pre className="article-text">
                    {d.document.text.length > PREVIEW ? `${d.document.text.slice(0, PREVIEW)}…` : d.document.text}
                  </pre>
                </details>
              )}
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
