export interface ScreenPoint<T> {
  x: number;
  y: number;
  item: T;
}

export interface Cluster<T> {
  x: number;
  y: number;
  items: T[];
}

/**
 * Greedy radius clustering in screen space: each point joins the first cluster whose centre is within `radius`
 * pixels, else starts one; clusters sit at the mean of their points. Buckets of `radius` keep it near-linear.
 */
export function clusterPoints<T>(points: ScreenPoint<T>[], radius: number): Cluster<T>[] {
  const clusters: { sx: number; sy: number; x: number; y: number; items: T[] }[] = [];
  const buckets = new Map<string, typeof clusters>();
  const bucketOf = (x: number, y: number) => `${Math.floor(x / radius)}:${Math.floor(y / radius)}`;
  for (const p of points) {
    const bx = Math.floor(p.x / radius);
    const by = Math.floor(p.y / radius);
    let found: (typeof clusters)[number] | undefined;
    for (let dx = -1; dx <= 1 && !found; dx += 1) {
      for (let dy = -1; dy <= 1 && !found; dy += 1) {
        found = buckets.get(`${bx + dx}:${by + dy}`)?.find((c) => Math.hypot(c.x - p.x, c.y - p.y) <= radius);
      }
    }
    if (found) {
      found.sx += p.x;
      found.sy += p.y;
      found.items.push(p.item);
    } else {
      const c = { sx: p.x, sy: p.y, x: p.x, y: p.y, items: [p.item] };
      clusters.push(c);
      const key = bucketOf(p.x, p.y);
      buckets.set(key, [...(buckets.get(key) ?? []), c]);
    }
  }
  return clusters.map((c) => ({ x: c.sx / c.items.length, y: c.sy / c.items.length, items: c.items }));
}
