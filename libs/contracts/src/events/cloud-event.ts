import type { StreamDefinition } from './streams';

/** A CloudEvents 1.0 event in structured JSON mode, as stored in outboxes and published on JetStream. */
export interface CloudEvent<Data = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  /** The aggregate the event is about (e.g. the delegation id). */
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  /** Correlation id of the request that caused the change (extension attribute). */
  correlationid?: string;
  data: Data;
}

/** One kind of event: its CloudEvents type, the NATS subject it is published on, and its stream. */
export interface EventDefinition<Data> {
  readonly type: string;
  readonly subject: string;
  readonly stream: StreamDefinition;
  /** Phantom field: carries the data type; never set at run time. */
  readonly data?: Data;
}

export function defineEvent<Data>(stream: StreamDefinition, name: string): EventDefinition<Data> {
  const domain = stream.subjects.split('.')[1];
  return { type: `be.chaman.${domain}.${name}`, subject: `events.${domain}.${name}`, stream };
}

export type DataOf<E> = E extends EventDefinition<infer Data> ? Data : never;
