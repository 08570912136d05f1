import { IsBoolean, IsISO8601, IsObject, IsOptional, IsString } from 'class-validator';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Nested } from '../validation/nested';

/** Who made a change: a person acting in an enterprise, a platform operator, or the system (absent person). */
export class AuditActorView {
  @IsOptional() @IsString() userId?: string;
  /** The person's name as the trail last knew it when the change was recorded. */
  @IsOptional() @IsString() name?: string;
  @IsOptional() @IsEnterpriseNumber() enterpriseNumber?: string;
  /** A platform operator (`chaman-admin`) acting from the operator's desk. */
  @IsBoolean() operator!: boolean;
}

/** The resource a change is about: its kind (`member`, `sender`, `delegation`, …) and its id. */
export class AuditResourceView {
  @IsString() type!: string;
  @IsString() id!: string;
}

/** The values that matter before and after a change; absent members did not change or are not known. */
export type AuditValues = Record<string, string | string[] | null>;

/** One entry of an enterprise's audit trail. */
export class AuditEntryView {
  @IsString() id!: string;
  /** When the change happened (the event's time). */
  @IsISO8601() at!: string;
  /** `<area>.<change>`, e.g. `access.permission-granted`, `delegation.accepted`, `operator.webhook-enabled`. */
  @IsString() kind!: string;
  /** The CloudEvents type the entry was recorded from (absent for changes recorded by the trail's own service). */
  @IsOptional() @IsString() eventType?: string;
  @Nested(() => AuditActorView) actor!: AuditActorView;
  @Nested(() => AuditResourceView) resource!: AuditResourceView;
  /** The person the change is about (a member, the holder of a right), when it is about one. */
  @IsOptional() @IsString() personUserId?: string;
  @IsOptional() @IsObject() before?: AuditValues;
  @IsOptional() @IsObject() after?: AuditValues;
  @IsOptional() @IsString() reason?: string;
  /** The other enterprise of a change touching two (a delegation's other party). */
  @IsOptional() @IsEnterpriseNumber() counterpartEnterpriseNumber?: string;
}
