import * as contracts from './index';
import { SERVICE_NAMES, pingMessage } from './system/ping.message';
import type { MessageDefinition } from './bus/message';
import type { EventDefinition } from './events/cloud-event';

const exported = Object.entries(contracts as Record<string, unknown>);
const messages = exported.filter((entry): entry is [string, MessageDefinition<object, unknown>] => isMessage(entry[1]));
const events = exported.flatMap(([group, value]) =>
  group.endsWith('Events')
    ? Object.entries(value as Record<string, EventDefinition<unknown>>).map(([name, event]) => [`${group}.${name}`, event] as const)
    : [],
);

function isMessage(value: unknown): value is MessageDefinition<object, unknown> {
  return typeof value === 'object' && value !== null && 'subject' in value && 'request' in value;
}

describe('versioned contract names', () => {
  it.each([...messages, ...SERVICE_NAMES.map((service) => [`ping ${service}`, pingMessage(service)] as const)])(
    '%s is <service>.v<major>.<resource>.<action>',
    (_, message) => {
      expect(message.subject).toMatch(new RegExp(`^(${SERVICE_NAMES.join('|')})\\.v\\d+\\.[a-z-]+\\.[a-z-]+$`));
    },
  );

  it('gives every message its own subject', () => {
    const subjects = messages.map(([, message]) => message.subject);
    expect(new Set(subjects).size).toBe(subjects.length);
  });

  it.each(events)('%s is events.<service>.v<major>.<event>, typed be.chaman.<service>.<event>.v<major>', (_, event) => {
    expect(event.subject).toBe(`events.${event.service}.v${event.version}.${event.name}`);
    expect(event.type).toBe(`be.chaman.${event.service}.${event.name}.v${event.version}`);
    expect(event.dataschema).toMatch(new RegExp(`/v${event.version}/events/${event.service}\\.${event.name}\\.json$`));
    expect(event.stream.subjects).toBe(`events.${event.service}.>`);
  });

  it('found the messages and events of every service', () => {
    expect(messages.length).toBeGreaterThan(25);
    expect(new Set(messages.map(([, message]) => message.subject.split('.')[0]))).toEqual(new Set(SERVICE_NAMES));
    // The token-service only consumes events: it publishes none.
    expect(new Set(events.map(([, event]) => event.service))).toEqual(new Set(SERVICE_NAMES.filter((service) => service !== 'token')));
  });
});
