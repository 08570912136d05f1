import { AccessEvents } from '../access/access.events';
import { DelegationEvents } from '../delegation/delegation.events';
import { SenderEvents } from '../sender/sender.events';

/** Every CloudEvent type a webhook may subscribe to: the events of the three producing services. */
export const WEBHOOK_EVENT_TYPES: readonly string[] = [AccessEvents, SenderEvents, DelegationEvents].flatMap((events) =>
  Object.values(events).map((event) => event.type),
);
