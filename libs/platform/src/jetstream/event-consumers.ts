import type { StreamDefinition } from '@chaman/contracts';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { ServiceConfig } from '../config/service-config';
import type { ServiceMetrics } from '../metrics/metrics';
import { LOGGER, METRICS, SERVICE_CONFIG } from '../platform.tokens';
import { DurableConsumer, type DurableConsumerSpec } from './durable-consumer';
import { JetStreamConnection } from './jetstream-connection';
import { ensureStreamExists } from './streams';

/** Several filter subjects per consumer came with NATS 2.10. */
function servesMultipleFilters(version = '0.0.0'): boolean {
  const [major, minor] = version.split('.').map(Number);
  return major > 2 || (major === 2 && minor >= 10);
}

/** How often a durable whose stream is missing looks whether the stream's owner has made it. */
const OWNER_POLL_MS = 500;

/** Starts a service's durable consumers and stops them (finishing the event in hand) on shutdown. */
@Injectable()
export class EventConsumers implements OnModuleDestroy {
  private readonly consumers: DurableConsumer[] = [];
  private readonly specs: DurableConsumerSpec[] = [];
  private readonly waiting: Promise<void>[] = [];
  private stopping = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly jetstream: JetStreamConnection,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(METRICS) private readonly metrics: ServiceMetrics,
  ) {}

  /**
   * Consumes with one of this service's durables. The stream is often another service's, and this service may start
   * before its owner: where it may not create it (a secured bus), the durable starts once the owner has made it,
   * without holding up the service's start.
   */
  async consume(spec: DurableConsumerSpec): Promise<void> {
    this.specs.push(spec);
    if (await this.streamReady(spec)) return this.start(spec);
    this.logger.warn({ consumer: spec.durable, stream: spec.stream.name }, "waiting for the stream's owner to create it");
    this.waiting.push(this.startOnceCreated(spec));
  }

  private streamReady(spec: DurableConsumerSpec): Promise<boolean> {
    return ensureStreamExists(this.jetstream.manager, this.config.subjectPrefix, spec.stream, this.config.streamReplicas);
  }

  private async startOnceCreated(spec: DurableConsumerSpec): Promise<void> {
    while (!this.stopping) {
      await new Promise((resolve) => setTimeout(resolve, OWNER_POLL_MS));
      if (this.stopping) return;
      try {
        if (await this.streamReady(spec)) return await this.start(spec);
      } catch (error) {
        this.logger.error({ err: error, consumer: spec.durable }, 'could not start the durable consumer; trying again');
      }
    }
  }

  private async start(spec: DurableConsumerSpec): Promise<void> {
    const consumer = new DurableConsumer(
      this.orm,
      this.jetstream.client,
      this.jetstream.manager,
      spec,
      {
        subjectPrefix: this.config.subjectPrefix,
        service: this.config.service,
        alert: (name) => this.metrics.securityAlerts.inc({ alert: name }),
        maxDeliveries: this.config.maxDeliveries,
        batchMax: this.config.eventBatchMax,
        multipleFilters: servesMultipleFilters(this.jetstream.connection.info?.version),
        ackWaitMs: this.config.eventAckWaitMs,
      },
      this.logger.child({ consumer: spec.durable }),
    );
    await consumer.start();
    this.consumers.push(consumer);
  }

  /** The stream each durable reads: how long its processed-event ids must be kept. */
  streamsByDurable(): Record<string, StreamDefinition> {
    return Object.fromEntries(this.specs.map((spec) => [spec.durable, spec.stream]));
  }

  /** The service's durable consumer of that name, if it has one (a parked event names the durable that gave up on it). */
  consumerNamed(durable: string): DurableConsumer | undefined {
    return this.consumers.find((consumer) => consumer.durable === durable);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.waiting);
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
  }
}
