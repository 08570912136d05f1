import './telemetry';
import 'reflect-metadata';
import { runService, serviceConfigFromEnv } from '@chaman/platform';
import { senderService } from './sender.service';

void runService(senderService, serviceConfigFromEnv('sender'));
