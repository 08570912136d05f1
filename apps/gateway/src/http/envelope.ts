import { type EnterpriseEnvelope, type Envelope, NoInput, type NoTarget } from '@chaman/contracts';
import { actorOf, type Principal } from '../auth/principal';

/**
 * The one way HTTP becomes a command or query of the bus: the principal acts, `{cbe}` is the enterprise, the other
 * ids of the path are the target, and the body (of a command) or the query (of a listing) is the input.
 */
export function envelope<Path extends { cbe: string }, Input extends object = NoInput>(
  principal: Principal,
  path: Path,
  input?: Input,
): EnterpriseEnvelope<Omit<Path, 'cbe'>, Input>;
/** A person acting outside any enterprise (`GET /me`, `POST /enterprises`). */
export function envelope<Input extends object>(principal: Principal, path: null, input: Input): Envelope<NoTarget, Input>;
export function envelope(principal: Principal, path: { cbe: string } | null, input: object = new NoInput()): Envelope {
  if (!path) return { actor: actorOf(principal), target: {}, input };
  const { cbe, ...target } = path;
  return { actor: actorOf(principal), enterpriseNumber: cbe, target, input };
}
