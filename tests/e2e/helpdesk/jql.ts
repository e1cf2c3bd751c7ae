/** A minimal JQL reader: `key in (A-1, B-2)`, `key = A-1`, `issuekey in (…)`, `project = P`, with ORDER BY ignored. */
export type ParsedJql = { keys?: string[]; project?: string; unbounded?: boolean } | { error: string };

export function parseJql(jql: string): ParsedJql {
  const text = jql.replace(/\border\s+by\b[\s\S]*$/i, '').trim();
  if (text === '') return { unbounded: true };
  let m = /\b(?:key|issuekey|id|issue)\s+in\s*\(([^)]*)\)/i.exec(text);
  if (m) {
    const keys = m[1]!
      .split(',')
      .map((s) => s.trim().replace(/^["']|["']$/g, '').toUpperCase())
      .filter(Boolean);
    return { keys };
  }
  m = /\b(?:key|issuekey|issue)\s*=\s*["']?([A-Za-z][A-Za-z0-9_]*-\d+)["']?/i.exec(text);
  if (m) return { keys: [m[1]!.toUpperCase()] };
  m = /\bproject\s*(?:=|in)\s*\(?\s*["']?([A-Za-z][A-Za-z0-9_]*)["']?/i.exec(text);
  if (m) return { project: m[1]!.toUpperCase() };
  return { error: `Error in the JQL Query: the imitation understands only key in (…), key = …, project = … (got: ${jql})` };
}
