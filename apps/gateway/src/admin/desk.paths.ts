import { PARKING_SERVICES, type ParkingService } from '@chaman/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsUUID, Min } from 'class-validator';

/** `/admin/webhooks/{webhookId}`. */
export class DeskWebhookPath {
  @IsUUID() webhookId!: string;
}

/** `/admin/unsent-mails/{mailId}`. */
export class DeskMailPath {
  @IsUUID() mailId!: string;
}

/** `/admin/parked-events/{service}`. */
export class ParkedEventsPath {
  @IsIn(PARKING_SERVICES) service!: ParkingService;
}

/** `/admin/parked-events/{service}/{sequence}`. */
export class ParkedEventPath extends ParkedEventsPath {
  @Type(() => Number) @IsInt() @Min(1) sequence!: number;
}
