import { type CloudEvent, type EventDefinition, prefixedSubject } from '@chaman/contracts';
import { eventSourceOf, natsAuthOptions, type NatsCredentials, streamOwnerOf, systemClock } from '@chaman/platform';
import { connect } from 'nats';
import { randomUUID } from 'node:crypto';

/**
 * Publishes CloudEvents onto JetStream as a producing service's outbox relay would (JSON, on the contract's
 * subject, `Nats-Msg-Id` = event id, the producer's `source`), for a consumer test that must not depend on the
 * producer being up. On a secured bus it takes the producing service's own credentials: nobody else may.
 */
export async function publishEvents<Data>(
  natsUrl: string,
  subjectPrefix: string,
  definition: EventDefinition<Data>,
  items: Array<{ subject: string; data: Data }>,
  credentials?: NatsCredentials,
  source = eventSourceOf(streamOwnerOf(definition.stream)!),
): Promise<CloudEvent<Data>[]> {
  const connection = await connect({ servers: natsUrl, ...natsAuthOptions(credentials) });
  try {
    const jetstream = connection.jetstream();
    const events: CloudEvent<Data>[] = [];
    for (const item of items) {
      const event: CloudEvent<Data> = {
        specversion: '1.0',
        id: randomUUID(),
        source,
        type: definition.type,
        subject: item.subject,
        time: systemClock.now().toISOString(),
        datacontenttype: 'application/json',
        dataschema: definition.dataschema,
        data: item.data,
      };
      await jetstream.publish(prefixedSubject(subjectPrefix, definition.subject), JSON.stringify(event), { msgID: event.id });
      events.push(event);
    }
    return events;
  } finally {
    await connection.close();
  }
}
