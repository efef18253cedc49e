/**
 * Text from articles made printable on a terminal. The CLI prints headlines,
 * excerpts and file paths from a library that arrives through a sync folder
 * or a colleague's laptop: an escape sequence in a headline would recolour
 * or clear the terminal, or set its title, and a line break would make a
 * finding read as lines of other output ("FAKE: 0 errors").
 */

/*
 * C0 and C1 controls except the tab (it only moves the cursor) and the line
 * feed (the CLI's own line breaks), and the bidirectional overrides and
 * isolates, which display text in another order than it is stored in. Each
 * becomes U+FFFD: the reader sees that something was there.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\0-\x08\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/g;

/** Every breaking character a terminal or a line-reading script would split on. */
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/** A line (or lines) of CLI output with no control character but its tabs and line feeds. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROLS, '\uFFFD');
}

/** A piece of an article's text, kept on the one line it is printed in. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}
