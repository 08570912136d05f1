import { AckPolicy, connect, type ConnectionOptions, DeliverPolicy, nanos, nkeyAuthenticator } from 'nats';
import { DelegatedAccessStore } from './delegated-access-store.ts';
import { MalformedEvent, parseDelegationEvent } from './delegation-event.ts';
import { type Credentials, settingsFromEnv, streamName } from './settings.ts';

/** One JSON line per thing that happened, so that the output is easy to read by people and by scripts. */
function report(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** Chaman's bus admits only known clients: a downstream system signs in with its NKEY seed (or user and password). */
function authentication(credentials?: Credentials): ConnectionOptions {
  if (!credentials) return {};
  const inbox = credentials.inboxPrefix ? { inboxPrefix: credentials.inboxPrefix } : {};
  if (credentials.nkeySeed) return { ...inbox, authenticator: nkeyAuthenticator(new TextEncoder().encode(credentials.nkeySeed)) };
  return { ...inbox, user: credentials.user, pass: credentials.pass };
}

const settings = settingsFromEnv(process.env);
const store = new DelegatedAccessStore(settings.databasePath);
const nats = await connect({
  servers: settings.natsUrl,
  name: settings.durable,
  maxReconnectAttempts: -1,
  ...authentication(settings.credentials),
});
const stream = streamName(settings.subjectPrefix);

// Durable: the server remembers how far this consumer got, across restarts. Explicit acks: nothing is lost
// if the process dies while handling an event; it is delivered again and deduplicated by its id.
await (
  await nats.jetstreamManager()
).consumers.add(stream, {
  durable_name: settings.durable,
  ack_policy: AckPolicy.Explicit,
  deliver_policy: DeliverPolicy.All,
  filter_subject: `${settings.subjectPrefix}.events.delegation.>`,
  ack_wait: nanos(30_000),
  max_deliver: 10,
});
const consumer = await nats.jetstream().consumers.get(stream, settings.durable);
report({ ready: true, stream, durable: settings.durable, pending: (await consumer.info()).num_pending });

const messages = await consumer.consume({ max_messages: 64 });
const stop = async () => {
  await messages.close();
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());

for await (const message of messages) {
  try {
    const event = parseDelegationEvent(message.data);
    const applied = store.applyOnce(event);
    // Ack only once the change is committed: a crash before this line means a redelivery, not a loss.
    message.ack();
    report({
      [applied ? 'handled' : 'duplicate']: event.id,
      type: event.type,
      delegation: event.subject,
      status: event.data.delegation.status,
    });
  } catch (error) {
    if (error instanceof MalformedEvent) {
      report({ malformed: message.seq, reason: error.message });
      message.term();
    } else {
      report({ failed: message.seq, reason: (error as Error).message, delivery: message.info.deliveryCount });
      message.nak(Math.min(1_000 * message.info.deliveryCount, 30_000));
    }
  }
}

await nats.drain();
store.close();
report({ stopped: true });
