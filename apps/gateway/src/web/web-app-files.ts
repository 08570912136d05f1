import { problemOf } from '@chaman/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { PROBLEM_CONTENT_TYPE } from '../problems/problem.filter';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

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

function send(reply: FastifyReply, file: string, cacheControl: string): FastifyReply {
  return reply
    .header('content-type', CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream')
    .header('cache-control', cacheControl)
    .send(createReadStream(file));
}

/**
 * Serves the built web client (`apps/web/dist`) at `/`: its files as they are (hashed assets cached for a year),
 * and `index.html` for every other path so the client's router handles it. Read from disk on each request, so a
 * rebuild needs no gateway restart; without a build, `/` answers 404 and the API works alone.
 */
export function serveWebApp(fastify: FastifyInstance, webRoot: string): void {
  const root = normalize(webRoot).replace(/[/\\]+$/, '');
  fastify.get('/*', async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    const index = SERVER_PATHS.test(path) ? undefined : await fileIn(root, 'index.html');
    const file = index && (await fileIn(root, path));
    // A missing hashed asset is a stale page asking for an old build: 404, not HTML in place of a script.
    if (!index || (!file && path.startsWith(ASSETS))) {
      return reply.status(404).header('content-type', PROBLEM_CONTENT_TYPE).send({ ...problemOf('resourceNotFound', 'No such resource.'), instance: path });
    }
    if (file && file !== index) return send(reply, file, path.startsWith(ASSETS) ? IMMUTABLE : 'no-cache');
    return send(reply, index, 'no-cache');
  });
}
