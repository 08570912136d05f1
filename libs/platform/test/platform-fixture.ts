import { Streams, type ServiceName } from '@chaman/contracts';
import { TestScope } from '@chaman/testing';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import pino from 'pino';
import { ormOptions } from '../src/database/orm-options';
import { JetStreamConnection } from '../src/jetstream/jetstream-connection';
import { ensureStream } from '../src/jetstream/streams';
import { migrateService } from '../src/bootstrap/start-service';

export const silentLogger = pino({ level: 'silent' });

/** The platform's own tables on a scratch database, and a JetStream connection with the streams, without NestJS. */
export class PlatformFixture {
  readonly scope = new TestScope();
  readonly config = this.scope.serviceConfig(this.service);
  orm!: MikroORM;
  jetstream!: JetStreamConnection;

  constructor(private readonly service: ServiceName = 'delegation') {}

  async start(): Promise<this> {
    const definition = { name: this.service, persistence: { entities: [], migrations: [] }, modules: [] };
    await migrateService(definition, this.config);
    this.orm = await MikroORM.init(ormOptions(this.config, definition.persistence));
    this.jetstream = await JetStreamConnection.open(this.config.natsUrl, 'platform-test');
    for (const stream of [Streams[this.service], Streams.parked])
      await ensureStream(this.jetstream.manager, this.scope.subjectPrefix, stream);
    return this;
  }

  em(): EntityManager {
    return this.orm.em.fork() as EntityManager;
  }

  async stop(): Promise<void> {
    await this.jetstream?.close();
    await this.orm?.close();
    await this.scope.dispose();
  }
}
