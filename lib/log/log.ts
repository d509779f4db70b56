/*
 * The server's log: one JSON object a line (time, level, message, fields), which a log collector can read
 * without parsing prose. Never a name, an answer or a query string: callers pass ids, paths and counts.
 */

export type Level = 'info' | 'warn' | 'error';
export type Log = (level: Level, message: string, fields?: Readonly<Record<string, unknown>>) => void;

export const logLine: Log = (level, message, fields = {}) => {
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
};
