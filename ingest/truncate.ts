// Cuts that say they are cuts. Output a person reads (a CLI line, a run's error summary, an error
// message quoting input) is bounded, and a bounded text or list must say what it left out, or a
// reader takes the part for the whole.

/** `text` in at most `max` characters; when cut, it ends with "… (N more characters)". */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  // The note takes room of its own; what is left out is counted after the note's length is known.
  const noteFor = (omitted: number): string => ` … (${omitted} more characters)`;
  let keep = Math.max(0, max - noteFor(text.length).length);
  keep = Math.max(0, max - noteFor(text.length - keep).length);
  return `${text.slice(0, keep)}${noteFor(text.length - keep)}`;
}

/** "… 7 more co-mentions (hint)" for a list shown in part, or undefined when nothing was left out. */
export function moreLine(total: number, shown: number, what: string, hint?: string): string | undefined {
  if (total <= shown) return undefined;
  return `… ${total - shown} more ${what}${hint ? ` (${hint})` : ''}`;
}
