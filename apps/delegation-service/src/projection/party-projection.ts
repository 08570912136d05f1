import {
  AccessEvents,
  type CloudEvent,
  type EnterpriseRegisteredData,
  type RestAccountClosedData,
  type RestAccountCreatedData,
  SenderEvents,
} from '@chaman/contracts';
import type { AccountFacts, PartyFacts } from '../domain/delegation-request-rules';

/**
 * The enterprises and REST accounts a delegation request is checked against, kept from the access and sender
 * events. These facts are never changed nor removed once they exist (qualities are given at registration, an
 * account's owner and scopes at its creation, its closure once and for all), so a fact found here is true whatever the feed's lag; only a fact
 * not found may be one the feed has not brought yet, and that one is asked of its owner. The enterprises' names
 * (given at registration too) label the parties in the answers to clients.
 */
export class PartyProjection {
  private readonly enterprises = new Map<string, PartyFacts>();
  private readonly accounts = new Map<string, AccountFacts>();
  private readonly names = new Map<string, string>();

  apply(event: CloudEvent): void {
    if (event.type === AccessEvents.enterpriseRegistered.type) {
      const { enterpriseNumber, qualities, name } = event.data as EnterpriseRegisteredData;
      this.enterprises.set(enterpriseNumber, { enterpriseNumber, qualities });
      this.names.set(enterpriseNumber, name);
    } else if (event.type === SenderEvents.restAccountCreated.type) {
      const { id, enterpriseNumber, quality, scopes } = (event.data as RestAccountCreatedData).restAccount;
      this.accounts.set(id, { id, enterpriseNumber, quality, scopes, ...this.accounts.get(id) });
    } else if (event.type === SenderEvents.restAccountClosed.type) {
      // A closure is final too; it may be fed before the creation (two feeds), which then keeps it.
      const { id, enterpriseNumber, quality, scopes, closedAt } = (event.data as RestAccountClosedData).restAccount;
      this.accounts.set(id, { id, enterpriseNumber, quality, scopes, closedAt });
    }
  }

  enterprise(enterpriseNumber: string): PartyFacts | undefined {
    return this.enterprises.get(enterpriseNumber);
  }

  enterpriseName(enterpriseNumber: string): string | undefined {
    return this.names.get(enterpriseNumber);
  }

  /** Enterprises whose name or number contains `text` (case, accents, dots and spaces ignored), at most `max`. */
  enterprisesMatching(text: string, max: number): string[] {
    const wanted = folded(text);
    const digits = text.replace(/^\s*BE/i, '').replace(/[.\s]/g, '');
    const found: string[] = [];
    for (const [enterpriseNumber, name] of this.names) {
      if (found.length >= max) break;
      if (folded(name).includes(wanted) || (/^\d+$/.test(digits) && enterpriseNumber.includes(digits))) found.push(enterpriseNumber);
    }
    return found;
  }

  account(restAccountId: string): AccountFacts | undefined {
    return this.accounts.get(restAccountId);
  }
}

function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}
