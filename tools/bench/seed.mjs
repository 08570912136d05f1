// Seeds a realistic population through the gateway, as its users would: the operator registers enterprises,
// chiefs create senders and REST accounts, companies and intermediaries request delegations and answer them.
import { enterpriseNumbers } from './enterprise-numbers.mjs';
import { inPool } from './http-client.mjs';

const SCOPES = ['dmfa:declaration:read', 'dmfa:declaration:write', 'dimona:write', 'dimona:read'];
const FIRST_NAMES = ['Ada', 'Bram', 'Chloé', 'Dries', 'Elif', 'Farid', 'Greet', 'Hugo', 'Inès', 'Jens', 'Kato', 'Lucas'];
const LAST_NAMES = ['Peeters', 'Janssens', 'Maes', 'Dubois', 'Lambert', 'Claes', 'Wouters', 'Dupont', 'Goossens', 'Mertens'];
const LANGUAGES = ['fr', 'nl', 'nl', 'fr', 'de', 'en'];

/** Population at BENCH_SCALE=1; every count scales linearly. */
export function populationSizes(scale) {
  return {
    companies: Math.round(240 * scale), // CPAS (delegable) plus other qualities, with REST accounts
    intermediaries: Math.max(20, Math.round(40 * scale)), // software houses receiving delegations (enough pairs at any scale)
    employers: Math.round(120 * scale), // plain employers: senders only
    accountsPerCompany: 3,
    delegations: Math.round(1000 * scale),
  };
}

/** A small deterministic PRNG so two runs seed the same shape. */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The world the bench knows: enterprises with their chief's token, senders, REST accounts, delegations, and
 * which (account, intermediary) pairs already hold a live delegation (a second one would be a 409).
 */
export class World {
  constructor(random) {
    this.random = random;
    this.enterprises = [];
    this.senders = [];
    this.accounts = [];
    this.delegations = [];
    this.usedPairs = new Set();
    this.perEnterprise = new Map();
  }

  get companies() {
    return this.enterprises.filter((enterprise) => enterprise.kind === 'company');
  }

  get intermediaries() {
    return this.enterprises.filter((enterprise) => enterprise.kind === 'intermediary');
  }

  pick(list) {
    return list[Math.floor(this.random() * list.length)];
  }

  /**
   * A few large software houses hold most delegations (Zipf-like weights 1/rank): the big ones are where list
   * queries have rows to wade through.
   */
  pickIntermediary() {
    const intermediaries = this.intermediaries;
    if (!this.zipf || this.zipf.length !== intermediaries.length) {
      let sum = 0;
      this.zipf = intermediaries.map((_, rank) => (sum += 1 / (rank + 1)));
    }
    const draw = this.random() * this.zipf.at(-1);
    return intermediaries[this.zipf.findIndex((limit) => draw < limit)];
  }

  /** How many (account, intermediary) pairs no delegation of this run has used yet. */
  get freeCapacity() {
    return this.accounts.length * this.intermediaries.length - this.usedPairs.size;
  }

  /** `count` (account, intermediary) pairs never used by a delegation of this run; `release` gives unused ones back. */
  freshPairs(count) {
    const intermediaries = this.intermediaries;
    const pairs = [];
    const capacity = this.freeCapacity;
    if (count > capacity) throw new Error(`only ${capacity} fresh (account, intermediary) pairs left, ${count} asked: raise BENCH_SCALE`);
    let misses = 0;
    while (pairs.length < count && misses < 100) {
      const account = this.pick(this.accounts);
      const intermediary = this.random() < 0.8 ? this.pickIntermediary() : this.pick(intermediaries);
      const key = `${account.id}|${intermediary.number}`;
      if (this.usedPairs.has(key)) {
        misses += 1;
        continue;
      }
      misses = 0;
      this.usedPairs.add(key);
      pairs.push({ account, intermediary });
    }
    // Nearly full: draw the rest from the pairs still free.
    if (pairs.length < count) {
      const free = this.accounts.flatMap((account) =>
        intermediaries
          .filter((intermediary) => !this.usedPairs.has(`${account.id}|${intermediary.number}`))
          .map((intermediary) => ({ account, intermediary })),
      );
      for (const pair of shuffled(free, this.random).slice(0, count - pairs.length)) {
        this.usedPairs.add(`${pair.account.id}|${pair.intermediary.number}`);
        pairs.push(pair);
      }
    }
    return pairs;
  }

  release(pairs) {
    for (const { account, intermediary } of pairs) this.usedPairs.delete(`${account.id}|${intermediary.number}`);
  }

  /** Records a delegation answered by the API (`view` as the API answered it). */
  addDelegation(view) {
    this.delegations.push({
      id: view.id,
      status: view.status,
      company: view.companyEnterpriseNumber,
      intermediary: view.intermediaryEnterpriseNumber,
      initiatedBy: view.initiatedBy,
    });
    for (const number of [view.companyEnterpriseNumber, view.intermediaryEnterpriseNumber])
      this.perEnterprise.set(number, (this.perEnterprise.get(number) ?? 0) + 1);
  }

  enterprise(number) {
    this.byNumber ??= new Map();
    if (this.byNumber.size !== this.enterprises.length)
      this.byNumber = new Map(this.enterprises.map((enterprise) => [enterprise.number, enterprise]));
    return this.byNumber.get(number);
  }
}

export function shuffled(list, random) {
  const copy = [...list];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

/** The body of a company-initiated request for `pair`. */
export function requestBody({ account, intermediary }) {
  return {
    companyEnterpriseNumber: account.company.number,
    companyQuality: 'CPAS',
    intermediaryEnterpriseNumber: intermediary.number,
    restAccountId: account.id,
  };
}

export async function seedPopulation(api, sizes, { concurrency, runId, log }) {
  const world = new World(prng(0xc4a3a));
  const random = world.random;
  const operator = await api.token({
    sub: `bench-${runId}-operator`,
    name: 'Bench Operator',
    email: 'operator@example.be',
    roles: ['chaman-admin'],
  });

  const total = sizes.companies + sizes.intermediaries + sizes.employers;
  const numbers = enterpriseNumbers(total);
  numbers.forEach((number, index) => {
    const kind = index < sizes.companies ? 'company' : index < sizes.companies + sizes.intermediaries ? 'intermediary' : 'employer';
    const qualities =
      kind === 'company'
        ? ['CPAS', 'EMPLOYER', 'PUBLIC_INSTITUTION', ...(random() < 0.5 ? ['SOCIAL_SECRETARIAT'] : [])]
        : kind === 'intermediary'
          ? ['TECHNICAL_INTERMEDIARY', 'SERVICE_PROVIDER']
          : ['EMPLOYER', ...(random() < 0.5 ? ['SOCIAL_SECRETARIAT'] : [])];
    const first = world.pick(FIRST_NAMES);
    const last = world.pick(LAST_NAMES);
    const userId = `bench-${runId}-chief-${index}`;
    world.enterprises.push({
      number,
      kind,
      qualities,
      name: `${last} ${kind === 'intermediary' ? 'Software' : kind === 'company' ? 'CPAS' : 'BV'} ${index}`,
      chief: { userId, name: `${first} ${last}`, email: `${first}.${last}.${index}@example.be`.toLowerCase() },
    });
  });

  let started = Date.now();
  await inPool(world.enterprises, concurrency, async (enterprise) => {
    await api.expect(201, 'POST', '/api/v1/enterprises', {
      token: operator,
      body: {
        enterpriseNumber: enterprise.number,
        name: enterprise.name,
        qualities: enterprise.qualities,
        chiefAccessManager: enterprise.chief,
      },
    });
    enterprise.token = await api.token({ sub: enterprise.chief.userId, name: enterprise.chief.name, email: enterprise.chief.email });
  });
  log(`  ${world.enterprises.length} enterprises and their chiefs' tokens in ${seconds(started)}`);

  started = Date.now();
  const wanted = world.enterprises.flatMap((enterprise) => enterprise.qualities.map((quality) => ({ enterprise, quality })));
  await inPool(wanted, concurrency, async ({ enterprise, quality }) => {
    const contact = {
      firstName: world.pick(FIRST_NAMES),
      lastName: world.pick(LAST_NAMES),
      email: `it.${enterprise.number}.${quality.toLowerCase()}@example.be`,
      language: world.pick(LANGUAGES),
    };
    if (random() < 0.6)
      contact.phone = `+32 2 ${String(100 + Math.floor(random() * 900))} ${String(10 + Math.floor(random() * 90))} ${String(10 + Math.floor(random() * 90))}`;
    const sender = await api.expect(201, 'POST', `/api/v1/enterprises/${enterprise.number}/senders`, {
      token: enterprise.token,
      body: { quality, contact },
    });
    world.senders.push({ enterprise, quality, senderNumber: sender.senderNumber });
  });
  log(`  ${world.senders.length} senders in ${seconds(started)}`);

  started = Date.now();
  const cpasSenders = world.senders.filter((sender) => sender.quality === 'CPAS');
  const accountsWanted = cpasSenders.flatMap((sender) =>
    Array.from({ length: sizes.accountsPerCompany }, (_, index) => ({ sender, index })),
  );
  await inPool(accountsWanted, concurrency, async ({ sender, index }) => {
    const environment = index === 0 ? 'ACCEPTANCE' : 'PRODUCTION';
    const scopes = SCOPES.filter(() => random() < 0.7);
    const account = await api.expect(
      201,
      'POST',
      `/api/v1/enterprises/${sender.enterprise.number}/senders/${sender.senderNumber}/rest-accounts`,
      {
        token: sender.enterprise.token,
        body: { name: `${environment.toLowerCase()}-${index}`, environment, scopes: scopes.length > 0 ? scopes : [SCOPES[0]] },
      },
    );
    world.accounts.push({ id: account.id, clientId: account.clientId, company: sender.enterprise });
  });
  log(`  ${world.accounts.length} REST accounts in ${seconds(started)}`);

  started = Date.now();
  await inPool(world.freshPairs(sizes.delegations), concurrency, async (pair) => {
    const byCompany = random() < 0.7;
    const initiator = byCompany ? pair.account.company : pair.intermediary;
    const other = byCompany ? pair.intermediary : pair.account.company;
    const created = await api.expect(201, 'POST', `/api/v1/enterprises/${initiator.number}/delegations`, {
      token: initiator.token,
      body: requestBody(pair),
    });
    // A realistic mix of states: half accepted, some refused or cancelled, the rest still pending.
    const fate = random();
    let view = created;
    if (fate < 0.5)
      view = await api.expect(200, 'POST', `/api/v1/enterprises/${other.number}/delegations/${created.id}/accept`, {
        token: other.token,
        body: {},
      });
    else if (fate < 0.6)
      view = await api.expect(200, 'POST', `/api/v1/enterprises/${other.number}/delegations/${created.id}/refuse`, {
        token: other.token,
        body: { reason: 'Not our provider any more.' },
      });
    else if (fate < 0.65)
      view = await api.expect(200, 'POST', `/api/v1/enterprises/${initiator.number}/delegations/${created.id}/cancel`, {
        token: initiator.token,
        body: {},
      });
    world.addDelegation(view);
  });
  log(`  ${world.delegations.length} delegations (with their answers) in ${seconds(started)}`);
  return world;
}

/** Company-initiated pending requests for fresh pairs (targets to accept, or growth of the data), until `until`. */
export async function createPendingDelegations(api, world, count, { concurrency, until }) {
  const created = [];
  const pairs = world.freshPairs(count);
  const done = await inPool(
    pairs,
    concurrency,
    async (pair) => {
      const view = await api.expect(201, 'POST', `/api/v1/enterprises/${pair.account.company.number}/delegations`, {
        token: pair.account.company.token,
        body: requestBody(pair),
      });
      world.addDelegation(view);
      created.push(view);
      return true;
    },
    until,
  );
  world.release(pairs.filter((_, index) => !done[index]));
  return created;
}

export function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}
