// Shared zod pieces for query strings: ISO days, comma lists, bounded integers.
import { z } from 'zod';

export const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date such as 2024-05-05').optional();
export const commaList = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter((s) => s.length > 0) : []));
export const entityTypes = commaList.pipe(z.array(z.enum(['Person', 'Organization', 'Place'])));
export const int = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);
export const entityId = z.string().min(1).max(500);
