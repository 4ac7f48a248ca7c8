-- The first schema: documents, the records extracted from them, and their quotes.

CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  title TEXT,
  outlet TEXT,
  url TEXT,
  published TEXT,
  source TEXT NOT NULL,
  format TEXT NOT NULL,
  raw TEXT NOT NULL,
  text TEXT NOT NULL,
  segments TEXT NOT NULL,          -- JSON array of Segment
  language TEXT,
  flags TEXT NOT NULL,             -- JSON array of DocFlag
  content_hash TEXT NOT NULL UNIQUE,
  copy_of TEXT,
  minhash BLOB NOT NULL,           -- Uint32Array, little-endian
  extractor_version TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);

CREATE TABLE mentions (
  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  date TEXT,
  mode TEXT NOT NULL,
  evidence TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  rule TEXT NOT NULL,
  date_source TEXT
);
CREATE INDEX mentions_doc ON mentions(doc, start);
CREATE INDEX mentions_target ON mentions(target);
CREATE INDEX mentions_actor_action_target ON mentions(actor, action, target);

CREATE TABLE quotes (
  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  speaker TEXT,
  entity TEXT,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  date TEXT
);
CREATE INDEX quotes_doc ON quotes(doc, start);
CREATE INDEX quotes_entity ON quotes(entity);
