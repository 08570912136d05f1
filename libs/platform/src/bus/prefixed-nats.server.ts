import { prefixedSubject, type Problem, problemOf, SCHEMA_VIOLATION_ISSUE_TYPE } from '@chaman/contracts';
import { ServerNats, type NatsOptions } from '@nestjs/microservices';
import type { Msg, Subscription } from 'nats';

type NatsServerOptions = Required<NatsOptions>['options'] & { queue: string };

/** What NestJS's NATS client publishes for a request: anything else on a service subject is refused unread. */
function isRequestEnvelope(packet: unknown): packet is { id: string; pattern: unknown; data: unknown } {
  if (typeof packet !== 'object' || packet === null || Array.isArray(packet)) return false;
  return typeof (packet as { id?: unknown }).id === 'string' && ('pattern' in packet || 'data' in packet);
}

const unreadable = (detail: string): Problem =>
  problemOf('badRequest', detail, { issues: [{ type: SCHEMA_VIOLATION_ISSUE_TYPE, name: 'message', detail }] });

/**
 * NestJS's NATS server, subscribing every message pattern under the deployment's subject prefix and in the
 * service's queue group, so replicas share the load and deployments (or test runs) never cross.
 */
export class PrefixedNatsServer extends ServerNats {
  private readonly prefixedSubscriptions: Subscription[] = [];

  constructor(
    private readonly subjectPrefix: string,
    private readonly serverOptions: NatsServerOptions,
  ) {
    super(serverOptions);
  }

  override bindEvents(client: Parameters<ServerNats['bindEvents']>[0]): void {
    for (const pattern of this.messageHandlers.keys()) {
      this.prefixedSubscriptions.push(
        client.subscribe(prefixedSubject(this.subjectPrefix, pattern), {
          queue: this.serverOptions.queue,
          callback: this.getMessageHandler(pattern).bind(this),
        }),
      );
    }
  }

  /**
   * Whoever can publish on NATS can send anything: bytes that are not JSON, or JSON without the request
   * envelope (which NestJS would run as a fire-and-forget event), are refused with a `badRequest` reply, and
   * no failure may escape as an unhandled rejection, which would kill the process.
   */
  override async handleMessage(channel: string, natsMsg: Msg): Promise<void> {
    let packet: unknown;
    try {
      packet = natsMsg.json();
    } catch {
      return this.answer(natsMsg, undefined, unreadable('The message is not JSON.'));
    }
    if (!isRequestEnvelope(packet))
      return this.answer(natsMsg, undefined, unreadable('The message is not a request envelope {pattern, data, id}.'));
    try {
      await super.handleMessage(channel, natsMsg);
    } catch (error) {
      this.logger.error(`Failed to handle a message on ${natsMsg.subject}: ${(error as Error).message}`);
      this.answer(natsMsg, packet.id, problemOf('internalServerError', 'The service failed to handle the request.'));
    }
  }

  private answer(natsMsg: Msg, id: string | undefined, problem: Problem): void {
    if (natsMsg.reply) natsMsg.respond(JSON.stringify({ id, err: problem, isDisposed: true }));
  }

  /** Stops taking new messages first; the base class then waits its grace period for in-flight ones. */
  override async close(): Promise<void> {
    this.prefixedSubscriptions.splice(0).forEach((subscription) => subscription.unsubscribe());
    await super.close();
  }
}
