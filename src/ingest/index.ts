// Ingest: read articles from files, folders, feeds and exports; clean them; spot copies.
export { cleanArticle, cleanText, contentHash } from './clean.ts';
export { normalizeDate } from './dates.ts';
export { detectLanguage, MIN_LANGUAGE_CHARS } from './language.ts';
export { applyManifest, folderManifest, loadManifest, type ManifestEntry } from './manifest.ts';
export { estimateJaccard, signature } from './minhash.ts';
export { NearDuplicateIndex } from './near-duplicate.ts';
export { DEFAULT_MAX_BYTES, type ReadOptions, readInputs } from './read-inputs.ts';
