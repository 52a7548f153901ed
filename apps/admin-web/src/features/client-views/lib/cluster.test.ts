import { clusterPoints } from './cluster';

describe('clusterPoints', () => {
  it('merges points within the radius, even across grid lines, and keeps distant ones apart', () => {
    const clusters = clusterPoints(
      [
        { x: 19, y: 1, item: 'a' },
        { x: 21, y: 5, item: 'b' },
        { x: 100, y: 100, item: 'c' },
      ],
      20,
    );
    expect(clusters).toEqual([
      { x: 20, y: 3, items: ['a', 'b'] },
      { x: 100, y: 100, items: ['c'] },
    ]);
  });

  it('returns nothing for no points', () => {
    expect(clusterPoints([], 10)).toEqual([]);
  });
});
