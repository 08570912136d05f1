import { boolFromEnv, type Clock, intFromEnv, isProduction, systemClock } from '@chaman/platform';
import { ContactLanguage } from '@chaman/contracts';

/** What a deployment tunes about notifications, read and validated once at start. */
export interface NotificationSettings {
  /** `smtp://user:pass@host:port` (or `smtps://`); development defaults to MailDev on 127.0.0.1:1025. */
  smtpUrl: string;
  mailFrom: string;
  /** The web application's public origin (`PUBLIC_URL`, as the gateway's): the links in mail point at it. */
  publicUrl: string;
  /** Language of mails to access managers, whose language Chaman does not know. */
  defaultLanguage: ContactLanguage;
  /** A pending delegation request unanswered this long gets a reminder. */
  delegationReminderAfterMs: number;
  /** How long before a pending request expires its counterparty is warned. */
  delegationExpiryWarningMs: number;
  /** How often due reminders and expiry alerts are looked for; 0 turns the sweep off (tests drive it). */
  noticeSweepMs: number;
  /** How often the mail and webhook outboxes are polled for due work. */
  dispatchPollMs: number;
  /** A mail taken but not marked sent within this time (its sender died) is taken again; longer than a batch takes. */
  mailLeaseMs: number;
  /** Loopback and private webhook targets allowed (development). */
  allowPrivateWebhookTargets: boolean;
  webhookTimeoutMs: number;
  /** How long sent mail, finished webhook deliveries (with their attempts) and past notices are kept (docs/security.md). */
  retention: NotificationRetention;
  /** How often what is past its retention is deleted; 0 turns it off (tests drive it). */
  retentionSweepMs: number;
  clock: Clock;
}

export interface NotificationRetention {
  sentMailMs: number;
  finishedDeliveryMs: number;
  pastNoticeMs: number;
}

const DAY_MS = 24 * 3_600_000;

/** A duration as `<n>d`, `<n>h`, `<n>m`, `<n>s` or a whole number of milliseconds. */
export function durationFromEnv(env: NodeJS.ProcessEnv, name: string, fallbackMs: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallbackMs;
  const match = /^(\d+)(d|h|m|s|ms)?$/.exec(raw.trim());
  if (!match) throw new Error(`${name} must be a duration such as 7d, 12h, 30m, 45s or 500ms, got "${raw}"`);
  const unit = { d: DAY_MS, h: 3_600_000, m: 60_000, s: 1_000, ms: 1 }[(match[2] ?? 'ms') as 'd' | 'h' | 'm' | 's' | 'ms'];
  return Number(match[1]) * unit;
}

/**
 * `SMTP_URL` (required in production), `MAIL_FROM`, `PUBLIC_URL` (links in mail; development: http://localhost:3000), `NOTIFICATION_DEFAULT_LANGUAGE`, `DELEGATION_REMINDER_AFTER`
 * (default 7d), `DELEGATION_EXPIRY_WARNING` (default 3d), `NOTIFICATION_SWEEP_MS`, `NOTIFICATION_POLL_MS`, `MAIL_LEASE` (60s),
 * `WEBHOOK_ALLOW_PRIVATE_TARGETS` (default true outside production), `WEBHOOK_TIMEOUT_MS`, `MAIL_RETENTION` (90d),
 * `WEBHOOK_DELIVERY_RETENTION` (30d), `NOTICE_RETENTION` (90d), `NOTIFICATION_RETENTION_SWEEP_MS` (1 h).
 */
export function notificationSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): NotificationSettings {
  const production = isProduction(env);
  const smtpUrl = env.SMTP_URL ?? (production ? undefined : `smtp://127.0.0.1:${env.MAILDEV_SMTP_PORT ?? '1025'}`);
  if (!smtpUrl) throw new Error('SMTP_URL is required in production (e.g. smtp://user:password@mail.example:587)');
  if (!/^smtps?:\/\//.test(smtpUrl)) throw new Error(`SMTP_URL must start with smtp:// or smtps://, got "${smtpUrl}"`);
  const defaultLanguage = (env.NOTIFICATION_DEFAULT_LANGUAGE ?? ContactLanguage.fr) as ContactLanguage;
  if (!Object.values(ContactLanguage).includes(defaultLanguage))
    throw new Error(`NOTIFICATION_DEFAULT_LANGUAGE must be one of ${Object.values(ContactLanguage).join(', ')}`);
  return {
    smtpUrl,
    mailFrom: env.MAIL_FROM ?? 'Chaman <no-reply@chaman.example>',
    publicUrl: (env.PUBLIC_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
    defaultLanguage,
    delegationReminderAfterMs: durationFromEnv(env, 'DELEGATION_REMINDER_AFTER', 7 * DAY_MS),
    delegationExpiryWarningMs: durationFromEnv(env, 'DELEGATION_EXPIRY_WARNING', 3 * DAY_MS),
    noticeSweepMs: intFromEnv(env, 'NOTIFICATION_SWEEP_MS', 60_000),
    dispatchPollMs: Math.max(50, intFromEnv(env, 'NOTIFICATION_POLL_MS', 500)),
    mailLeaseMs: Math.max(1_000, durationFromEnv(env, 'MAIL_LEASE', 60_000)),
    allowPrivateWebhookTargets: boolFromEnv(env, 'WEBHOOK_ALLOW_PRIVATE_TARGETS', !production),
    webhookTimeoutMs: Math.max(1_000, intFromEnv(env, 'WEBHOOK_TIMEOUT_MS', 10_000)),
    retention: {
      sentMailMs: durationFromEnv(env, 'MAIL_RETENTION', 90 * DAY_MS),
      finishedDeliveryMs: durationFromEnv(env, 'WEBHOOK_DELIVERY_RETENTION', 30 * DAY_MS),
      pastNoticeMs: durationFromEnv(env, 'NOTICE_RETENTION', 90 * DAY_MS),
    },
    retentionSweepMs: intFromEnv(env, 'NOTIFICATION_RETENTION_SWEEP_MS', 3_600_000),
    clock: systemClock,
  };
}

export const NOTIFICATION_SETTINGS = Symbol('NOTIFICATION_SETTINGS');
