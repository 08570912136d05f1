import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, Min } from 'class-validator';
import { OutsideEnterprise } from '../bus/envelope';
import { defineMessage, type MessageDefinition } from '../bus/message';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { type Page, PageInput } from '../pagination/page';

/** The services whose durable consumers park events (libs/platform/src/jetstream/durable-consumer.ts). */
export const PARKING_SERVICES = ['sender', 'notification'] as const;
export type ParkingService = (typeof PARKING_SERVICES)[number];

/** An event a service's consumer gave up on, as the operator's desk lists it. */
export class ParkedEventView {
  /** Its position in the parked stream: the id the desk replays or discards it by. */
  @IsInt() sequence!: number;
  @IsIn(PARKING_SERVICES) service!: ParkingService;
  /** The durable consumer that gave up on it. */
  @IsString() durable!: string;
  @IsString() reason!: string;
  @IsISO8601() parkedAt!: string;
  /** Absent when the message was not a readable CloudEvent. */
  @IsOptional() @IsString() eventId?: string;
  @IsOptional() @IsString() eventType?: string;
  @IsOptional() @IsString() subject?: string;
}

export class ParkedEventInput {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  sequence!: number;
}

export class ListParkedEventsQuery extends OutsideEnterprise(PageInput) {}
export class ParkedEventCommand extends OutsideEnterprise(ParkedEventInput) {}

const parkedEventMessages = (service: ParkingService) => ({
  list: defineMessage<ListParkedEventsQuery, Page<ParkedEventView>>(`${service}.v1.parked-events.list`, ListParkedEventsQuery),
  replay: defineMessage<ParkedEventCommand, ParkedEventView>(`${service}.v1.parked-event.replay`, ParkedEventCommand),
  discard: defineMessage<ParkedEventCommand, ParkedEventView>(`${service}.v1.parked-event.discard`, ParkedEventCommand),
});

// One export per message (the bus permissions and schemas are derived from the contracts' exports); a name ending in
// `Events` would be read as a table of events.
export const ListParkedEventsOfSender = parkedEventMessages('sender').list;
export const ReplayParkedEventOfSender = parkedEventMessages('sender').replay;
export const DiscardParkedEventOfSender = parkedEventMessages('sender').discard;
export const ListParkedEventsOfNotification = parkedEventMessages('notification').list;
export const ReplayParkedEventOfNotification = parkedEventMessages('notification').replay;
export const DiscardParkedEventOfNotification = parkedEventMessages('notification').discard;

/** The parked-event messages of each service that parks events. */
export const PARKED_EVENT_MESSAGES: Record<ParkingService, Record<'list' | 'replay' | 'discard', MessageDefinition<object, unknown>>> = {
  sender: { list: ListParkedEventsOfSender, replay: ReplayParkedEventOfSender, discard: DiscardParkedEventOfSender },
  notification: {
    list: ListParkedEventsOfNotification,
    replay: ReplayParkedEventOfNotification,
    discard: DiscardParkedEventOfNotification,
  },
};

/** An operator's action performed by another service, recorded in the audit trail by the gateway that asked for it. */
export class OperatorActionInput {
  @IsString() kind!: string;
  @IsString() resourceType!: string;
  @IsString() resourceId!: string;
  @IsOptional() @IsEnterpriseNumber() enterpriseNumber?: string;
  @IsOptional() @IsObject() after?: Record<string, string | null>;
}
export class RecordOperatorActionCommand extends OutsideEnterprise(OperatorActionInput) {}
export const RecordOperatorAction = defineMessage<RecordOperatorActionCommand, { recorded: true }>(
  'notification.v1.operator-action.record',
  RecordOperatorActionCommand,
);
