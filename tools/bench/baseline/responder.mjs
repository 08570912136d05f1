// Baseline "service": answers each NATS request by inserting one row into PostgreSQL and replying with it.
// No NestJS, no ORM: `nats` and `pg` directly, a pool as large as a service's (10).
import { connect } from 'nats';
import pg from 'pg';

const { NATS_URL, BASELINE_SUBJECT, BASELINE_DATABASE_URL } = process.env;

const pool = new pg.Pool({ connectionString: BASELINE_DATABASE_URL, max: 10 });
await pool.query(`create table if not exists baseline_command (
  id uuid primary key default gen_random_uuid(),
  payload jsonb not null,
  created_at timestamptz not null default now())`);

const nc = await connect({ servers: NATS_URL, name: 'bench-baseline-responder' });
const subscription = nc.subscribe(BASELINE_SUBJECT, { queue: 'bench-baseline' });

(async () => {
  for await (const message of subscription) {
    void (async () => {
      try {
        const { rows } = await pool.query('insert into baseline_command (payload) values ($1) returning id, created_at', [
          message.string(),
        ]);
        message.respond(JSON.stringify({ id: rows[0].id, createdAt: rows[0].created_at }));
      } catch (error) {
        message.respond(JSON.stringify({ error: String(error) }));
      }
    })();
  }
})();
process.send?.({ ready: true });

process.on('SIGTERM', async () => {
  await nc.drain();
  await pool.end();
  process.exit(0);
});
