import { type BucketDefinition, prefixedStreamName, prefixedSubject, type StreamDefinition, Streams } from '@chaman/contracts';
import { BUS_ROLES, type BusClientName, inboxPrefixOf, PARKED_STREAM_OWNER, type StreamReading } from './bus-clients';
import { contractMessages, ownerOf, queueGroupOf } from './contract-messages';

/** One client's NATS permissions, as nats-server takes them. */
export interface NatsPermissions {
  publish: { allow: string[]; deny?: string[] };
  subscribe: { allow: string[] };
  /** May answer the requests it received (each reply subject once), and nothing else of the kind. */
  allowResponses: boolean;
}

const JS_API = '$JS.API';

/** JetStream API subjects to create, update and describe a stream. */
function streamAdmin(streamName: string, actions: readonly string[]): string[] {
  return actions.map((action) => `${JS_API}.STREAM.${action}.${streamName}`);
}

/** JetStream API subjects that create, read from, acknowledge or delete a consumer named `durable` (`*`: any name). */
function consumerControl(streamName: string, durable: string): string[] {
  return [
    `${JS_API}.CONSUMER.CREATE.${streamName}.${durable}`,
    `${JS_API}.CONSUMER.CREATE.${streamName}.${durable}.>`,
    `${JS_API}.CONSUMER.DURABLE.CREATE.${streamName}.${durable}`,
    `${JS_API}.CONSUMER.MSG.NEXT.${streamName}.${durable}`,
    `${JS_API}.CONSUMER.DELETE.${streamName}.${durable}`,
    `$JS.ACK.${streamName}.${durable}.>`,
  ];
}

/** The same, plus describing it (delivery figures: harmless to show). */
function consumerUse(streamName: string, durable: string): string[] {
  return [...consumerControl(streamName, durable), `${JS_API}.CONSUMER.INFO.${streamName}.${durable}`];
}

/** A key-value bucket is the stream `KV_<bucket>` over the subjects `$KV.<bucket>.>`; reads may use direct get. */
function keyValueUse(prefix: string, bucket: BucketDefinition): string[] {
  const name = prefixedStreamName(prefix, bucket.name);
  return [
    ...streamAdmin(`KV_${name}`, ['INFO', 'CREATE', 'MSG.GET']),
    `${JS_API}.DIRECT.GET.KV_${name}`,
    `${JS_API}.DIRECT.GET.KV_${name}.>`,
    `$KV.${name}.>`,
  ];
}

/** Every durable a service reads with, per stream: no other client may create, read, ack or delete it. */
function serviceDurablesOn(stream: StreamDefinition): string[] {
  return Object.values(BUS_ROLES)
    .flatMap((role) => (role.serves ? role.reads : []))
    .filter((reading) => reading.stream.name === stream.name && reading.durable)
    .map((reading) => reading.durable as string);
}

function readingPermissions(prefix: string, reading: StreamReading): { allow: string[]; deny: string[] } {
  const streamName = prefixedStreamName(prefix, reading.stream.name);
  if (reading.durable) {
    // Never create nor update it: a reader starting before the stream's owner waits for it (`ensureStreamExists`).
    return { allow: [...streamAdmin(streamName, ['INFO']), ...consumerUse(streamName, reading.durable)], deny: [] };
  }
  return {
    // Durable or ephemeral (ordered) consumers; `MSG.GET` reads a subject's last sequence, the heartbeat of an event-fed copy.
    allow: [...streamAdmin(streamName, ['INFO', 'MSG.GET']), ...consumerUse(streamName, '*')],
    deny: serviceDurablesOn(reading.stream).flatMap((durable) => consumerControl(streamName, durable)),
  };
}

/** The permissions of one client under a deployment's subject prefix, derived from `BUS_ROLES` and the contracts. */
export function busPermissions(client: BusClientName, prefix: string): NatsPermissions {
  const role = BUS_ROLES[client];
  const messages = contractMessages();
  const requests = role.requests === 'all' ? messages : role.requests;
  const publish = new Set<string>(requests.map((message) => prefixedSubject(prefix, message.subject)));
  const deny = new Set<string>();
  const subscribe = new Set<string>([`${inboxPrefixOf(client)}.>`]);
  if (role.serves) {
    const service = role.serves;
    for (const message of messages.filter((candidate) => ownerOf(candidate) === service)) {
      subscribe.add(`${prefixedSubject(prefix, message.subject)} ${queueGroupOf(service)}`);
    }
    publish.add(prefixedSubject(prefix, Streams[service].subjects));
    publish.add(prefixedSubject(prefix, `${parkedSubjectRoot(service)}.>`));
    streamAdmin(prefixedStreamName(prefix, Streams[service].name), ['INFO', 'CREATE', 'UPDATE']).forEach((subject) => publish.add(subject));
    const parkedActions = service === PARKED_STREAM_OWNER ? ['INFO', 'CREATE', 'UPDATE'] : ['INFO', 'CREATE'];
    streamAdmin(prefixedStreamName(prefix, Streams.parked.name), parkedActions).forEach((subject) => publish.add(subject));
    // The operator's desk: it lists, replays and discards the events it parked itself (ParkedEvents checks the subject).
    streamAdmin(prefixedStreamName(prefix, Streams.parked.name), ['MSG.GET', 'MSG.DELETE']).forEach((subject) => publish.add(subject));
  }
  for (const reading of role.reads) {
    const { allow, deny: denied } = readingPermissions(prefix, reading);
    allow.forEach((subject) => publish.add(subject));
    denied.forEach((subject) => deny.add(subject));
  }
  // A service that also reads a stream without a durable keeps its own durables on it (the deny is for others').
  for (const reading of role.reads.filter((candidate) => candidate.durable)) {
    consumerControl(prefixedStreamName(prefix, reading.stream.name), reading.durable!).forEach((subject) => deny.delete(subject));
  }
  for (const bucket of role.keyValue ?? []) keyValueUse(prefix, bucket).forEach((subject) => publish.add(subject));
  if (role.inspects)
    [`${JS_API}.STREAM.INFO.*`, `${JS_API}.CONSUMER.INFO.*.*`, `${JS_API}.CONSUMER.LIST.*`, `${JS_API}.CONSUMER.NAMES.*`].forEach(
      (subject) => publish.add(subject),
    );
  if (role.serves || role.reads.length > 0 || role.inspects || role.keyValue?.length) publish.add(`${JS_API}.INFO`);
  return {
    publish: { allow: [...publish], ...(deny.size ? { deny: [...deny] } : {}) },
    subscribe: { allow: [...subscribe] },
    allowResponses: Boolean(role.serves),
  };
}

/** Where a service's durable consumers park the events they gave up on (under the parked stream's subjects). */
export function parkedSubjectRoot(service: string): string {
  return `${Streams.parked.subjects.replace(/\.>$/, '')}.${service}`;
}
