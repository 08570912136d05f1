import { defineMessage, type MessageDefinition } from '../bus/message';

export const SERVICE_NAMES = ['access', 'sender', 'delegation', 'notification', 'token'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export class PingQuery {}

export interface PingReply {
  service: ServiceName;
  database: 'up' | 'down';
}

/** Each service answers its own ping subject; the gateway's health check asks them all. */
export function pingMessage(service: ServiceName): MessageDefinition<PingQuery, PingReply> {
  return defineMessage<PingQuery, PingReply>(`${service}.v1.system.ping`, PingQuery);
}
