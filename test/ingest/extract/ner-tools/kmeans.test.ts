// Seeded spherical k-means must separate items with different neighbourhoods and be repeatable.
import { describe, expect, it } from 'vitest';
import { contextRows, sphericalKMeans } from '../../../../ingest/extract/ner-tools/kmeans.ts';

describe('sphericalKMeans', () => {
  const rows = contextRows(
    [
      new Map([
        [0, 5],
        [1, 4],
      ]),
      new Map([
        [0, 6],
        [1, 5],
        [2, 1],
      ]),
      new Map([
        [3, 7],
        [4, 2],
      ]),
      new Map([
        [3, 3],
        [4, 3],
      ]),
    ],
    5,
  );

  it('should put items with the same contexts together and apart from the others', () => {
    const a = sphericalKMeans(rows, 2, 10, 1);
    expect(a[0]).toBe(a[1]);
    expect(a[2]).toBe(a[3]);
    expect(a[0]).not.toBe(a[2]);
  });

  it('should give the same clusters for the same seed', () => {
    expect(Array.from(sphericalKMeans(rows, 2, 10, 42))).toEqual(Array.from(sphericalKMeans(rows, 2, 10, 42)));
  });
});
