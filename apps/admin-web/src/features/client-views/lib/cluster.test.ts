import { clusterPoints } from './cluster';

describe('clusterPoints', () => {
  it('merges points that share a grid cell and keeps distant ones apart', () => {
    const clusters = clusterPoints(
      [
        { x: 1, y: 1, item: 'a' },
        { x: 9, y: 5, item: 'b' },
        { x: 100, y: 100, item: 'c' },
      ],
      20,
    );
    expect(clusters).toEqual([
      { x: 5, y: 3, items: ['a', 'b'] },
      { x: 100, y: 100, items: ['c'] },
    ]);
  });
});
