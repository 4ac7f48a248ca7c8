// Versioned schema migrations: `migrations/NNN_name.sql`, the missing ones applied in order in one transaction.
import { readdirSync, readFileSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { StoreError } from '../errors.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

/** The migrations bundled with this version of Chancery, in order. */
export function loadMigrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  const migrations: Migration[] = [];
  for (const file of readdirSync(dir).sort()) {
    const match = /^(\d+)_(.+)\.sql$/.exec(file);
    if (!match) continue;
    migrations.push({ version: Number(match[1]), name: match[2], sql: readFileSync(new URL(file, dir), 'utf8') });
  }
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`store migrations: expected version ${i + 1}, found ${m.version}_${m.name}`);
  });
  return migrations;
}

/**
 * Brings the schema up to the newest bundled migration. Refuses a store written by a newer Chancery,
 * and a database that holds tables but is not a Chancery store.
 */
export function migrate(db: BetterSqlite3.Database, path: string, migrations: Migration[] = loadMigrations()): void {
  const latest = migrations.length;
  const apply = db.transaction(() => {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .pluck()
      .all() as string[];
    if (!tables.includes('schema_migrations')) {
      if (tables.length > 0) throw new StoreError(`${path}: not a Chancery store (it has other tables)`);
      db.exec(
        `CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
      );
    }
    const current = (db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number | null) ?? 0;
    if (current > latest) {
      throw new StoreError(
        `${path}: the store has schema version ${current}, newer than this Chancery knows (${latest}); upgrade Chancery`,
      );
    }
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const m of migrations.slice(current)) {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    }
  });
  // IMMEDIATE takes the write lock first, so two processes opening a new store do not both migrate it.
  apply.immediate();
}

/** The schema version a store is at. */
export function schemaVersion(db: BetterSqlite3.Database): number {
  return (db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number | null) ?? 0;
}
