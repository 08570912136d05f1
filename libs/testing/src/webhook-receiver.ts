import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Received } from './received';

export interface ReceivedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/**
 * A real HTTP endpoint on loopback for webhook tests: records every request and answers with the status the test
 * sets per path (200 by default), optionally after a delay (a slow endpoint).
 */
export class WebhookReceiver {
  private readonly log = new Received<ReceivedRequest>('WebhookReceiver', (requests) => `${requests.length} requests`);
  readonly received = this.log.items;
  private readonly answers = new Map<string, { status: number; delayMs: number }>();
  private server: Server | null = null;
  port = 0;

  async start(): Promise<this> {
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const path = request.url ?? '/';
        const answer = this.answers.get(path) ?? { status: 200, delayMs: 0 };
        setTimeout(() => {
          this.log.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
          response.writeHead(answer.status).end();
        }, answer.delayMs);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  answer(path: string, status: number, delayMs = 0): void {
    this.answers.set(path, { status, delayMs });
  }

  at(path: string): ReceivedRequest[] {
    return this.received.filter((request) => request.path === path);
  }

  /** Resolves once `predicate` holds over what was received, or fails after `timeoutMs`. */
  waitFor(predicate: (requests: ReceivedRequest[]) => boolean, timeoutMs = 15_000): Promise<ReceivedRequest[]> {
    return this.log.waitFor(predicate, timeoutMs);
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    server?.closeAllConnections();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
