/** `?` placeholders (the form statements are written in) to PostgreSQL's `$1, $2, …`. */
export function toNumberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
