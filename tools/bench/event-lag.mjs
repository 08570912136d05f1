// A durable JetStream consumer on the public delegation stream, as a downstream system would run one: it notes
// when each `accepted` event arrives, to set against when the accept's HTTP response arrived.
import 'reflect-metadata';
import contracts from '@chaman/contracts';
import { AckPolicy, connect, DeliverPolicy } from 'nats';
import { performance } from 'node:perf_hooks';

const { DelegationEvents, Streams, prefixedStreamName, prefixedSubject } = contracts;
const now = () => performance.timeOrigin + performance.now();

export async function startLagConsumer({ natsUrl, natsOptions = {}, subjectPrefix, durable }) {
  const nc = await connect({ ...natsOptions, servers: natsUrl, name: 'bench-event-lag' });
  const manager = await nc.jetstreamManager();
  const stream = prefixedStreamName(subjectPrefix, Streams.delegation.name);
  await manager.consumers.add(stream, {
    durable_name: durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.New,
    filter_subject: prefixedSubject(subjectPrefix, DelegationEvents.accepted.subject),
  });
  const consumer = await nc.jetstream().consumers.get(stream, durable);
  const messages = await consumer.consume({ max_messages: 512 });
  /** delegation id (the CloudEvent subject) → arrival time */
  const arrivals = new Map();
  const loop = (async () => {
    for await (const message of messages) {
      const at = now();
      try {
        arrivals.set(message.json().subject, at);
      } finally {
        message.ack();
      }
    }
  })();

  return {
    arrivals,
    /** Lag of each response against its event; waits up to `graceMs` for events still on their way. */
    async lagsOf(responses, graceMs = 5_000) {
      const deadline = Date.now() + graceMs;
      while (responses.some((response) => !arrivals.has(response.id)) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      const lags = [];
      let missing = 0;
      for (const response of responses) {
        const arrived = arrivals.get(response.id);
        if (arrived === undefined) missing += 1;
        else lags.push(arrived - response.at);
      }
      return { lags, missing };
    },
    async stop() {
      messages.stop();
      await loop.catch(() => undefined);
      await manager.consumers.delete(stream, durable).catch(() => undefined);
      await nc.close();
    },
  };
}

/**
 * Lag figures in ms. An event may reach the consumer before the client has read the HTTP response (the relay
 * is woken at commit, the reply still has to cross the gateway): such a lag counts as 0.
 */
export function lagSummary({ lags, missing }) {
  const sorted = lags.map((lag) => Math.max(0, lag)).sort((a, b) => a - b);
  const at = (q) => (sorted.length === 0 ? null : round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]));
  return {
    events: sorted.length,
    missing,
    beforeResponse: lags.filter((lag) => lag < 0).length,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: at(1),
  };
}

const round = (value) => Math.round(value * 10) / 10;
