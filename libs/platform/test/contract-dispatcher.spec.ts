import { defineMessage, ProblemException, SCHEMA_VIOLATION_ISSUE_TYPE } from '@chaman/contracts';
import { TestScope } from '@chaman/testing';
import { Controller, type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Payload } from '@nestjs/microservices';
import { IsIn, IsString } from 'class-validator';
import { connect, type NatsConnection } from 'nats';
import { BusClient } from '../src/bus/bus-client';
import { ContractDispatcher } from '../src/bus/contract-dispatcher';
import { IdempotencyKey } from '../src/bus/message-headers';
import { OnMessage } from '../src/bus/on-message.decorator';
import { currentRequestId } from '../src/logging/request-context';
import { createServiceMetrics } from '../src/metrics/metrics';
import { silentLogger } from './platform-fixture';

class EchoRequest {
  @IsString()
  text!: string;
}

class FailRequest {
  @IsIn(['problem', 'bug'])
  kind!: 'problem' | 'bug';
}

const Echo = defineMessage<EchoRequest, { text: string; key?: string; requestId?: string; extra?: unknown }>(
  'sender.v1.test.echo',
  EchoRequest,
);
const Fail = defineMessage<FailRequest, never>('sender.v1.test.fail', FailRequest);

@Controller()
class TestController {
  @OnMessage(Echo)
  echo(@Payload() request: EchoRequest, @IdempotencyKey() key?: string) {
    return { text: request.text, key, requestId: currentRequestId(), extra: (request as { extra?: unknown }).extra };
  }

  @OnMessage(Fail)
  fail(@Payload() request: FailRequest) {
    if (request.kind === 'problem') throw ProblemException.of('transitionNotAllowed', 'Not now.');
    throw new Error('a bug');
  }
}

@Module({ controllers: [TestController] })
class TestModule {}

describe('ContractDispatcher: the service side of the bus, on a real NATS', () => {
  const scope = new TestScope();
  const metrics = createServiceMetrics('test');
  let app: INestApplicationContext;
  let dispatcher: ContractDispatcher;
  let bus: BusClient;
  let raw: NatsConnection;

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(TestModule, { logger: false });
    const natsUrl = scope.infrastructure.natsUrl;
    dispatcher = new ContractDispatcher(
      app,
      { subjectPrefix: scope.subjectPrefix, queue: 'sender-service', connection: { servers: natsUrl }, gracePeriodMs: 500 },
      silentLogger,
      metrics.handlerDuration,
    );
    await new Promise<void>((resolve, reject) => dispatcher.listen((error) => (error ? reject(error) : resolve())));
    bus = new BusClient({ natsUrl, subjectPrefix: scope.subjectPrefix, name: 'test-client', timeoutMs: 5_000 });
    await bus.connect();
    raw = await connect({ servers: natsUrl });
  });

  afterAll(async () => {
    await raw?.close();
    await bus?.close();
    await dispatcher?.close();
    await app?.close();
    await scope.dispose();
  });

  it('answers a valid message in the caller’s correlation id, with its idempotency key, unknown members dropped', async () => {
    const reply = await bus.send(Echo, { text: 'hi', extra: 1 } as EchoRequest, { requestId: 'request-1', idempotencyKey: 'key-1' });
    expect(reply).toEqual({ text: 'hi', key: 'key-1', requestId: 'request-1' });
  });

  it('refuses a payload its contract refuses with a 400 problem naming the member', async () => {
    await expect(bus.send(Echo, { text: 5 } as unknown as EchoRequest)).rejects.toMatchObject({
      problem: { status: 400, issues: [expect.objectContaining({ type: SCHEMA_VIOLATION_ISSUE_TYPE, name: 'text' })] },
    });
  });

  it('answers a domain problem as itself and anything else as a 500, and times both as errors', async () => {
    await expect(bus.send(Fail, { kind: 'problem' })).rejects.toMatchObject({ problem: { status: 409, code: 'transitionNotAllowed' } });
    await expect(bus.send(Fail, { kind: 'bug' })).rejects.toMatchObject({ problem: { status: 500, code: 'internalServerError' } });
    const subject = `${scope.subjectPrefix}.sender.v1.test.fail`;
    const { values } = await metrics.handlerDuration.get();
    const count = values.find(
      (value) => value.metricName?.endsWith('_count') && value.labels.operation === subject && value.labels.outcome === 'error',
    );
    expect(count?.value).toBe(2);
  });

  it('refuses bytes that are not JSON, or JSON without the request envelope, with a 400 reply', async () => {
    const subject = `${scope.subjectPrefix}.sender.v1.test.echo`;
    for (const data of ['not json', JSON.stringify({ data: { text: 'hi' } }), '[1]']) {
      const reply = (await raw.request(subject, new TextEncoder().encode(data), { timeout: 5_000 })).json<{ err?: { status: number } }>();
      expect(reply.err?.status).toBe(400);
    }
  });
});
