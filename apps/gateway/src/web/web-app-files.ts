import { problemOf } from '@chaman/contracts';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { stat } from 'node:fs/promises';
import { join, normalize, relative, resolve, sep } from 'node:path';
import { PROBLEM_CONTENT_TYPE } from '../problems/problem.filter';

/** Paths that belong to the API, the login or the operators: never answered with the web client. */
const SERVER_PATHS = /^\/(api|auth|metrics)(\/|$)/;
const ASSETS = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';

async function fileIn(root: string, urlPath: string): Promise<string | undefined> {
  let relative: string;
  try {
    relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  } catch {
    return undefined;
  }
  const file = join(root, relative);
  if (relative === '' || !file.startsWith(root + sep)) return undefined;
  const stats = await stat(file).catch(() => undefined);
  return stats?.isFile() ? file : undefined;
}

/**
 * Serves the built web client (`apps/web/dist`) at `/`: its files as they are (hashed assets cached for a year),
 * and `index.html` for every other path so the client's router handles it. `@fastify/static` sends them, the build's
 * brotli or gzip copy (`x.js.br`, `x.js.gz`) when the browser accepts it (`Vary: Accept-Encoding`), with ETag and
 * Last-Modified. Read from disk on each request, so a rebuild needs no gateway restart; without a build, `/` answers
 * 404 and the API works alone.
 */
export async function serveWebApp(fastify: FastifyInstance, webRoot: string): Promise<void> {
  const root = resolve(normalize(webRoot)).replace(/[/\\]+$/, '');
  // `serve: false`: the route below decides what each path answers; the plugin only sends the file it is given.
  await fastify.register(fastifyStatic, {
    root,
    serve: false,
    preCompressed: true,
    cacheControl: false,
    index: false,
    suppressWarning: true,
  });
  const send = (reply: FastifyReply, file: string, cacheControl: string) =>
    reply.header('cache-control', cacheControl).sendFile(relative(root, file).split(sep).join('/'));
  fastify.get('/*', async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    const index = SERVER_PATHS.test(path) ? undefined : await fileIn(root, 'index.html');
    const file = index && (await fileIn(root, path));
    // A missing hashed asset is a stale page asking for an old build: 404, not HTML in place of a script.
    if (!index || (!file && path.startsWith(ASSETS))) {
      return reply
        .status(404)
        .header('content-type', PROBLEM_CONTENT_TYPE)
        .send({ ...problemOf('resourceNotFound', 'No such resource.'), instance: path });
    }
    if (file && file !== index) return send(reply, file, path.startsWith(ASSETS) ? IMMUTABLE : 'no-cache');
    return send(reply, index, 'no-cache');
  });
}
