import type { NatsConnection } from 'nats';

/**
 * What the server refused on one connection: nats-server answers a forbidden publish or subscription with a
 * `Permissions Violation` error on the connection, which nats.js reports as a status event.
 */
export class RefusalLog {
  readonly refusals: string[] = [];

  constructor(private readonly connection: NatsConnection) {
    void (async () => {
      for await (const status of connection.status()) {
        const context = (status as { permissionContext?: { operation: string; subject: string } }).permissionContext;
        if (context) this.refusals.push(`${context.operation} ${context.subject}`);
      }
    })();
  }

  /** Publishes once, waits for the server's round trip, and tells whether the server refused it. */
  async publishRefused(subject: string, data: string): Promise<boolean> {
    const before = this.refusals.length;
    this.connection.publish(subject, data);
    await this.connection.flush();
    await new Promise((resolve) => setImmediate(resolve));
    return this.refusals.slice(before).includes(`publish ${subject}`);
  }

  /** Subscribes, waits for the server's round trip, and tells whether the server refused it (nothing can arrive then). */
  async subscriptionRefused(subject: string, queue?: string): Promise<boolean> {
    const before = this.refusals.length;
    const subscription = this.connection.subscribe(subject, queue ? { queue } : {});
    await this.connection.flush();
    await new Promise((resolve) => setImmediate(resolve));
    const refused = this.refusals.slice(before).includes(`subscription ${subject}`);
    if (!refused) subscription.unsubscribe();
    return refused;
  }
}
