import { prefixedStreamName, prefixedSubject, Streams } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { parkedSubjectRoot } from '../bus-access/bus-permissions';
import type { ServiceConfig } from '../config/service-config';
import { EventConsumers } from '../jetstream/event-consumers';
import { JetStreamConnection } from '../jetstream/jetstream-connection';
import { METRICS, SERVICE_CONFIG } from '../platform.tokens';
import type { ServiceMetrics } from './metrics';

/**
 * Gauges read when Prometheus scrapes: what waits and should not (the alerts of deploy/k8s/operations/alerts.yaml).
 * A source that cannot be read (database or NATS down) gives NaN or no sample rather than failing the scrape.
 */
@Injectable()
export class BacklogMetrics implements OnModuleInit {
  constructor(
    private readonly orm: MikroORM,
    private readonly jetstream: JetStreamConnection,
    private readonly consumers: EventConsumers,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(METRICS) private readonly metrics: ServiceMetrics,
  ) {}

  onModuleInit(): void {
    // A service is an HTTP app and a bus microservice: Nest runs this hook for each.
    if (this.metrics.registry.getSingleMetric('chaman_outbox_backlog')) return;
    const registers = [this.metrics.registry];
    const outbox = () => this.outbox();
    const consumers = () => this.consumerStates();
    new Gauge({
      name: 'chaman_outbox_backlog',
      help: 'Outbox events committed but not yet published on NATS.',
      registers,
      async collect() {
        this.set((await outbox()).backlog);
      },
    });
    new Gauge({
      name: 'chaman_outbox_oldest_age_seconds',
      help: 'Age of the oldest outbox event not yet published (0: none waits).',
      registers,
      async collect() {
        this.set((await outbox()).oldestAgeSeconds);
      },
    });
    new Gauge({
      name: 'chaman_consumer_pending',
      help: 'Events of a durable consumer not yet delivered or not yet acknowledged.',
      labelNames: ['durable'],
      registers,
      async collect() {
        for (const state of await consumers()) this.set({ durable: state.durable }, state.pending);
      },
    });
    new Gauge({
      name: 'chaman_consumer_redelivered',
      help: 'Events of a durable consumer delivered more than once and still unacknowledged.',
      labelNames: ['durable'],
      registers,
      async collect() {
        for (const state of await consumers()) this.set({ durable: state.durable }, state.redelivered);
      },
    });
    const parked = () => this.parkedCount();
    new Gauge({
      name: 'chaman_parked_events',
      help: 'Events this service gave up on, kept on the parked stream for an operator to look at.',
      registers,
      async collect() {
        const count = await parked();
        if (count !== null) this.set(count);
      },
    });
  }

  private async outbox(): Promise<{ backlog: number; oldestAgeSeconds: number }> {
    try {
      const [row] = await this.orm.em
        .getConnection()
        .execute<{ backlog: number; age: number | null }[]>(
          'select count(*)::int as backlog, extract(epoch from now() - min(created_at))::float8 as age from outbox_event where published_at is null',
        );
      return { backlog: row.backlog, oldestAgeSeconds: row.age ?? 0 };
    } catch {
      return { backlog: Number.NaN, oldestAgeSeconds: Number.NaN };
    }
  }

  private async consumerStates(): Promise<{ durable: string; pending: number; redelivered: number }[]> {
    const durables = Object.entries(this.consumers.streamsByDurable());
    const states = await Promise.all(
      durables.map(async ([durable, stream]) => {
        try {
          const info = await this.jetstream.manager.consumers.info(prefixedStreamName(this.config.subjectPrefix, stream.name), durable);
          return { durable, pending: info.num_pending + info.num_ack_pending, redelivered: info.num_redelivered };
        } catch {
          return null;
        }
      }),
    );
    return states.filter((state) => state !== null);
  }

  private async parkedCount(): Promise<number | null> {
    try {
      const subjects = prefixedSubject(this.config.subjectPrefix, `${parkedSubjectRoot(this.config.service)}.>`);
      const info = await this.jetstream.manager.streams.info(prefixedStreamName(this.config.subjectPrefix, Streams.parked.name), {
        subjects_filter: subjects,
      });
      return Object.values(info.state.subjects ?? {}).reduce((sum, count) => sum + count, 0);
    } catch {
      return null;
    }
  }
}
