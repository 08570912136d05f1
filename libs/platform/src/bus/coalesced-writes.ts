import type { NatsConnection } from 'nats';

/** The part of nats.js's protocol handler (2.29) that queues and writes outgoing frames. */
interface ProtocolHandler {
  outbound: { size(): number; fill(frame: Uint8Array, ...payloads: Uint8Array[]): void };
  pendingLimit: number;
  flushPending(): void;
  sendCommand(command: string | Uint8Array, ...payloads: Uint8Array[]): void;
  close(): Promise<void>;
}

const encoder = new TextEncoder();

const isProtocolHandler = (protocol: Partial<ProtocolHandler> | undefined): protocol is ProtocolHandler =>
  !!protocol?.outbound &&
  typeof protocol.pendingLimit === 'number' &&
  typeof protocol.flushPending === 'function' &&
  typeof protocol.sendCommand === 'function' &&
  typeof protocol.close === 'function';

/**
 * nats.js writes what was queued once the current microtasks are done: one socket write per message under load, since
 * every request and every reply starts in an I/O callback of its own, and a socket write is the dearest call of every
 * process on a read (docs/benchmark.md). Here the frames queued during one turn of the event loop leave together, in
 * one write at its end (`setImmediate`, right after the I/O callbacks of the turn), or at once past nats.js's own
 * threshold; closing writes what is queued first. This replaces one internal method of nats.js, checked at start: a
 * version without it keeps its own flushing.
 */
export function coalesceWrites(connection: NatsConnection): void {
  const protocol = (connection as unknown as { protocol?: Partial<ProtocolHandler> }).protocol;
  if (!isProtocolHandler(protocol)) return;
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    protocol.flushPending();
  };
  protocol.sendCommand = (command, ...payloads) => {
    protocol.outbound.fill(typeof command === 'string' ? encoder.encode(command) : command, ...payloads);
    if (protocol.outbound.size() >= protocol.pendingLimit) protocol.flushPending();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  const close = protocol.close.bind(protocol);
  protocol.close = () => {
    protocol.flushPending();
    return close();
  };
}
