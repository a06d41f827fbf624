// Curation domain (issue 17): the audit list's lines, a record's effect on the canvas, unread alerts.
export * from './alerts.ts';
export * from './canvas.ts';
export * from './records.ts';
