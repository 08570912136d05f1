import { METRICS, type ServiceMetrics } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';

const QUEUES = { mail: 'mail', webhook: 'webhook_delivery' } as const;

/** The mail and webhook queues as Prometheus sees them at each scrape: what waits, and since when. */
@Injectable()
export class QueueMetrics implements OnModuleInit {
  constructor(
    private readonly orm: MikroORM,
    @Inject(METRICS) private readonly metrics: ServiceMetrics,
  ) {}

  onModuleInit(): void {
    // A service is an HTTP app and a bus microservice: Nest runs this hook for each.
    if (this.metrics.registry.getSingleMetric('chaman_queue_pending')) return;
    const registers = [this.metrics.registry];
    const read = () => this.read();
    new Gauge({
      name: 'chaman_queue_pending',
      help: 'Mails and webhook deliveries waiting to be sent (first tries and retries).',
      labelNames: ['queue'],
      registers,
      async collect() {
        for (const row of await read()) this.set({ queue: row.queue }, row.pending);
      },
    });
    new Gauge({
      name: 'chaman_queue_oldest_age_seconds',
      help: 'Age of the oldest mail or webhook delivery still waiting (0: none waits).',
      labelNames: ['queue'],
      registers,
      async collect() {
        for (const row of await read()) this.set({ queue: row.queue }, row.age ?? 0);
      },
    });
  }

  private async read(): Promise<{ queue: string; pending: number; age: number | null }[]> {
    const sql = Object.entries(QUEUES)
      .map(
        ([queue, table]) =>
          `select '${queue}' as queue, count(*)::int as pending, extract(epoch from now() - min(created_at))::float8 as age from ${table} where status = 'PENDING'`,
      )
      .join(' union all ');
    try {
      return await this.orm.em.getConnection().execute(sql);
    } catch {
      return [];
    }
  }
}
