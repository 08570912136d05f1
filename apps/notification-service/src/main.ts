import './telemetry';
import 'reflect-metadata';
import { runService, serviceConfigFromEnv } from '@chaman/platform';
import { notificationService } from './notification.service';
import { notificationSettingsFromEnv } from './notification-settings';

void runService(notificationService(notificationSettingsFromEnv()), serviceConfigFromEnv('notification'));
