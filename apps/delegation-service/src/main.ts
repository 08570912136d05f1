import './telemetry';
import 'reflect-metadata';
import { runService, serviceConfigFromEnv } from '@chaman/platform';
import { delegationService } from './delegation.service';

void runService(delegationService, serviceConfigFromEnv('delegation'));
