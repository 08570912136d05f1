// Waits until the event pipeline has caught up (every stream of the deployment stable, every durable consumer
// with nothing pending), so a scenario is not measured while the previous one's events are still being consumed.
import 'reflect-metadata';
import contracts from '@chaman/contracts';
import { connect } from 'nats';

const { Streams, prefixedStreamName } = contracts;

/** Resolves with the time waited in ms; gives up (and says so) after `timeoutMs`. */
export async function waitForQuietEvents({ natsUrl, natsOptions = {}, subjectPrefix, timeoutMs = 60_000 }) {
  const started = Date.now();
  const nc = await connect({ ...natsOptions, servers: natsUrl, name: 'bench-settle' });
  try {
    const manager = await nc.jetstreamManager();
    let previous = '';
    while (Date.now() - started < timeoutMs) {
      const state = await snapshot(manager, subjectPrefix);
      if (state.busy === 0 && state.key === previous) return { waitedMs: Date.now() - started, settled: true };
      previous = state.key;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return { waitedMs: Date.now() - started, settled: false };
  } finally {
    await nc.close();
  }
}

async function snapshot(manager, subjectPrefix) {
  let busy = 0;
  const sequences = [];
  for (const stream of Object.values(Streams)) {
    const name = prefixedStreamName(subjectPrefix, stream.name);
    try {
      const info = await manager.streams.info(name);
      sequences.push(info.state.last_seq);
      for await (const consumer of manager.consumers.list(name)) busy += consumer.num_pending + consumer.num_ack_pending;
    } catch {
      // a stream not created yet holds nothing
    }
  }
  return { busy, key: sequences.join(',') };
}
