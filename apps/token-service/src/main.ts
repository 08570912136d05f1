import './telemetry';
import 'reflect-metadata';
import { runService, serviceConfigFromEnv } from '@chaman/platform';
import { tokenService } from './token.service';
import { tokenSettingsFromEnv } from './token-settings';

void runService(tokenService(tokenSettingsFromEnv()), serviceConfigFromEnv('token'));
