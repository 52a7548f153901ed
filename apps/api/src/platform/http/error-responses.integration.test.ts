import { startTestServer, type TestServer } from '../../../test/harness';

/** A stack frame (`at fn (file:line:col)`), an absolute path or a source file name must never reach a client. */
const LEAKS = [/\bat .+[(:]\d+/, /\/(work|home|usr|opt|app|srv)\//, /node_modules/, /\.[jt]s:\d+/, /<html|<!doctype/i];

async function json(res: Response): Promise<any> {
  const text = await res.text();
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  for (const leak of LEAKS) expect(text).not.toMatch(leak);
  return JSON.parse(text);
}

const graphqlPost = (server: TestServer, body: string | Buffer, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-clientflow-app': 'admin', ...headers },
    body,
  });

describe.each([
  ['development', false],
  ['production', true],
])('every error is JSON without internals (%s)', (_env, isProduction) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ isProduction });
  });
  afterAll(() => server.close());

  it('a malformed JSON body on /graphql answers 400 with a GraphQL-shaped error', async () => {
    const res = await graphqlPost(server, '{"query": "{ me { role } }"');
    expect(res.status).toBe(400);
    expect(await json(res)).toEqual({
      errors: [{ message: expect.stringMatching(/not valid JSON/), extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('an oversized body on /graphql answers 413', async () => {
    const big = JSON.stringify({ query: '{ me { role } }', variables: { pad: 'x'.repeat(1_200_000) } });
    const res = await graphqlPost(server, big);
    expect(res.status).toBe(413);
    expect(await json(res)).toEqual({
      errors: [{ message: expect.stringMatching(/too large/), extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('an unsupported content encoding answers 415', async () => {
    const res = await graphqlPost(server, '{}', { 'content-encoding': 'x-unknown' });
    expect(res.status).toBe(415);
    expect((await json(res)).errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('a wrong content type answers 400 JSON', async () => {
    const xml = await graphqlPost(server, '<query/>', { 'content-type': 'application/xml' });
    expect(xml.status).toBe(400);
    expect((await json(xml)).errors[0].extensions.code).toBe('BAD_REQUEST');
    const text = await graphqlPost(server, '{}', { 'content-type': 'text/plain' });
    expect(text.status).toBe(400);
    expect((await json(text)).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('an unknown path answers 404 JSON, on any method and under any prefix', async () => {
    for (const [method, path] of [
      ['GET', '/nope'],
      ['POST', '/nope'],
      ['GET', '/files/nope'],
      ['DELETE', '/files/clients/x/nope'],
    ]) {
      const res = await fetch(`${server.url}${path}`, { method, headers: { 'x-clientflow-app': 'admin' } });
      expect(res.status).toBe(404);
      const body = await json(res);
      expect(body.error.code).toBe('NOT_FOUND');
    }
  });

  it('a malformed body on a REST route answers REST-shaped JSON', async () => {
    const res = await fetch(`${server.url}/files/clients/00000000-0000-4000-8000-000000000000/documents`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data', 'x-clientflow-app': 'admin' },
      body: 'not multipart',
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect((await json(res)).error.code).toEqual(expect.any(String));
  });
});
