import type { Config } from '../config/config';

/** What to tell a person when the database cannot be reached at start. */
export function cannotReachDatabase(database: Config['database'], detail: string): string {
  const where =
    database.kind === 'postgres'
      ? `PostgreSQL (DATABASE_URL). Check the server is running and the URL, user and password are right.`
      : `SQLite at ${database.path}. Check its folder can be created and written, and that no other program holds the file locked.`;
  return `ThinkAgain cannot start: the database cannot be reached.\n  Database: ${where}\n  Error: ${detail}`;
}
