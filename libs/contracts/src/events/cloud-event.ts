import type { ClassConstructor } from 'class-transformer';
import type { StreamDefinition } from './streams';

/** Where the JSON Schemas of `libs/contracts/schemas/` are published; an event's `dataschema` points below it. */
export const CONTRACT_SCHEMAS_BASE_URI = 'https://schemas.chaman.be';

/** A CloudEvents 1.0 event in structured JSON mode, as stored in outboxes and published on JetStream. */
export interface CloudEvent<Data = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  /** `be.chaman.<service>.<event>.v<major>`. */
  type: string;
  /** The aggregate the event is about (e.g. the delegation id). */
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  /** The JSON Schema of `data` (absent only on events recorded before versioned contracts). */
  dataschema?: string;
  /** Correlation id of the request that caused the change (extension attribute). */
  correlationid?: string;
  /** W3C trace context of the change (CloudEvents distributed-tracing extension); absent when tracing is off. */
  traceparent?: string;
  data: Data;
}

/** One kind of event: its CloudEvents type, the NATS subject it is published on, its stream and data schema. */
export interface EventDefinition<Data> {
  readonly type: string;
  readonly subject: string;
  readonly stream: StreamDefinition;
  /** The owning service (`access`, `sender`, `delegation`) and the event's name within it. */
  readonly service: string;
  readonly name: string;
  readonly version: number;
  readonly dataschema: string;
  /** The class `data` is validated against, and its JSON Schema generated from. */
  readonly dataClass: ClassConstructor<Data>;
  /** Phantom field: carries the data type; never set at run time. */
  readonly data?: Data;
}

/**
 * Names an event of a stream: subject `events.<service>.v<major>.<name>` (caught by the stream's
 * `events.<service>.>`), type `be.chaman.<service>.<name>.v<major>`.
 */
export function defineEvent<Data>(
  stream: StreamDefinition,
  name: string,
  dataClass: ClassConstructor<Data>,
  version = 1,
): EventDefinition<Data> {
  const service = stream.subjects.split('.')[1];
  return {
    type: `be.chaman.${service}.${name}.v${version}`,
    subject: `events.${service}.v${version}.${name}`,
    stream,
    service,
    name,
    version,
    dataschema: `${CONTRACT_SCHEMAS_BASE_URI}/v${version}/events/${service}.${name}.json`,
    dataClass,
  };
}

export type DataOf<E> = E extends EventDefinition<infer Data> ? Data : never;
