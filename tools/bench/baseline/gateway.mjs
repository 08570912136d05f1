// Baseline "gateway": the smallest Fastify route that turns one HTTP command into one NATS request/reply.
// No NestJS, no auth, no validation: the physical cost of a gateway command on this machine.
import Fastify from 'fastify';
import { connect } from 'nats';

const { PORT, NATS_URL, BASELINE_SUBJECT } = process.env;

const nc = await connect({ servers: NATS_URL, name: 'bench-baseline-gateway' });
const app = Fastify({ logger: false });

app.post('/baseline/commands', async (request, reply) => {
  const answer = await nc.request(BASELINE_SUBJECT, JSON.stringify(request.body), { timeout: 5_000 });
  const text = answer.string();
  reply.code(text.startsWith('{"error"') ? 500 : 201).header('content-type', 'application/json');
  return text;
});

await app.listen({ port: Number(PORT), host: '127.0.0.1' });
process.send?.({ ready: true });

process.on('SIGTERM', async () => {
  await app.close();
  await nc.drain();
  process.exit(0);
});
