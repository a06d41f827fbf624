// Shared zod pieces for query strings: calendar dates and time windows, comma lists, bounded integers.
// Dates are checked by the store's own rule (isCalendarDate), so the API and the query library
// accept exactly the same dates.
import { z } from 'zod';
import { DATE_EXAMPLES, isCalendarDate, isEmptyWindow } from '../../ingest/store/queries/options.ts';

/** An optional year, month or day that exists (2024, 2024-05, 2024-05-05); empty means no bound. */
export const isoDate = z
  .string()
  .optional()
  .superRefine((value, ctx) => {
    if (value !== undefined && value !== '' && !isCalendarDate(value)) {
      ctx.addIssue({ code: 'custom', message: `must be a calendar date such as ${DATE_EXAMPLES}, got "${value}"` });
    }
  });

/** Refinement for a query with from and to: an empty window (from after to) is a mistake, not "no results". */
export function fromNotAfterTo(query: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx): void {
  const { from, to } = query;
  if (from && to && isEmptyWindow(from, to)) {
    ctx.addIssue({
      code: 'custom',
      path: ['from'],
      message: `"${from}" is after to "${to}"; pass a from on or before to, such as from=2024-05-01&to=2024-05-31`,
    });
  }
}
export const commaList = z
  .string()
  .optional()
  .transform((v) =>
    v
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s.length > 0)
      : [],
  );
export const entityTypes = commaList.pipe(z.array(z.enum(['Person', 'Organization', 'Place'])));
export const int = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);
export const entityId = z.string().min(1).max(500);
