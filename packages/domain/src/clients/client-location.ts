export interface LocatedAddress {
  city: string | null;
  region: string | null;
  country: string | null;
}

const same = (a: string | null, b: string | null) => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/** The map pin follows city, region and country; when any of them changes the stored coordinates are stale. */
export function locationChanged(before: LocatedAddress, after: LocatedAddress): boolean {
  return !same(before.city, after.city) || !same(before.region, after.region) || !same(before.country, after.country);
}
