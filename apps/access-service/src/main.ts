import './telemetry';
import 'reflect-metadata';
import { runService, serviceConfigFromEnv } from '@chaman/platform';
import { accessService } from './access.service';

void runService(accessService, serviceConfigFromEnv('access'));
