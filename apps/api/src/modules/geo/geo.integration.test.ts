import { Client } from '../clients/client.entity';
import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import { geocode } from './geocoder';

const POINTS = `query($filter: ClientFilter) { clientMapPoints(filter: $filter) { totalCount truncated unlocatedCount points { id name status lat lng } } }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'Geo');
  b = await createWorkspace(server.dataSource, 'Geo other');
});
afterAll(() => server.close());

describe('offline geocoder', () => {
  it('places a known city, falls back to the country centroid and gives up on nothing', () => {
    const lisbon = geocode('Lisbon', 'PT');
    expect(lisbon).toMatchObject({ precision: 'CITY' });
    expect(lisbon!.lat).toBeCloseTo(38.72, 0);
    expect(lisbon!.lng).toBeCloseTo(-9.13, 0);
    const saoPaulo = geocode('são paulo', 'br');
    expect(saoPaulo!.lat).toBeCloseTo(-23.5, 0);
    const centroid = geocode('Nowhereville', 'BR');
    expect(centroid?.precision).toBe('COUNTRY');
    expect(centroid!.lat).toBeLessThan(0);
    expect(geocode(null, null)).toBeNull();
  });
});

describe('clientMapPoints', () => {
  it('geocodes clients lazily, persists the coordinates once, and returns matching points', async () => {
    const ds = server.dataSource;
    const paris = await insertClient(ds, a.workspace.id, {
      name: 'Paris Co',
      city: 'Paris',
      country: 'FR',
      status: 'ACTIVE',
    });
    await insertClient(ds, a.workspace.id, { name: 'Placed Co', latitude: 10, longitude: 20, status: 'PROSPECT' });
    await insertClient(ds, a.workspace.id, { name: 'Nowhere Co' });
    await insertClient(ds, b.workspace.id, { name: 'Berlin Other', city: 'Berlin', country: 'DE' });
    const owner = await signIn(server, a.emails.OWNER);

    const res = await owner.gql(POINTS);
    expect(res.errors).toBeUndefined();
    expect(res.data.clientMapPoints).toMatchObject({ totalCount: 2, truncated: false, unlocatedCount: 1 });
    const p = res.data.clientMapPoints.points.find((x: { name: string }) => x.name === 'Paris Co');
    expect(p.lat).toBeCloseTo(48.85, 0);
    expect(p.lng).toBeCloseTo(2.35, 0);

    const stored = await ds.getRepository(Client).findOneByOrFail({ id: paris.id });
    expect(stored.latitude).toBeCloseTo(48.85, 0);
    const attempted = await ds.query(`SELECT "geocodedAt" FROM client WHERE id = $1`, [paris.id]);
    const again = await owner.gql(POINTS);
    expect(again.data.clientMapPoints.points).toEqual(res.data.clientMapPoints.points);
    expect(await ds.query(`SELECT "geocodedAt" FROM client WHERE id = $1`, [paris.id])).toEqual(attempted);

    const filtered = await owner.gql(POINTS, { filter: { status: ['PROSPECT'] } });
    expect(filtered.data.clientMapPoints.points.map((x: { name: string }) => x.name)).toEqual(['Placed Co']);

    // The other workspace's client was neither returned nor geocoded.
    const [other] = await ds.query(`SELECT latitude FROM client WHERE "workspaceId" = $1`, [b.workspace.id]);
    expect(other.latitude).toBeNull();
  });

  it('re-geocodes when the address changes', async () => {
    const ds = server.dataSource;
    const moving = await insertClient(ds, a.workspace.id, { name: 'Moving Co', city: 'Madrid', country: 'ES' });
    const owner = await signIn(server, a.emails.OWNER);
    await owner.gql(POINTS);
    await ds.getRepository(Client).update(moving.id, { city: 'Barcelona' });
    const res = await owner.gql(POINTS, { filter: { search: 'moving' } });
    expect(res.data.clientMapPoints.points[0].lng).toBeCloseTo(2.17, 0);
  });

  it('shows a member only the clients they manage', async () => {
    const ds = server.dataSource;
    await insertClient(ds, a.workspace.id, {
      name: 'Member Map Co',
      city: 'Tokyo',
      country: 'JP',
      accountManagerId: a.users.MEMBER.id,
    });
    const member = await signIn(server, a.emails.MEMBER);
    const res = await member.gql(POINTS);
    expect(res.data.clientMapPoints.points.map((x: { name: string }) => x.name)).toEqual(['Member Map Co']);
  });
});
