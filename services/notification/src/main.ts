import { serve } from '@suite/platform';
import { createApp } from './app';
import { loadNotificationConfig } from './config';
import { createDeps } from './deps';
import { startWorkers } from './jobs/workers';

const config = loadNotificationConfig();
const deps = await createDeps(config);
if (!config.DISABLE_WORKERS) await startWorkers(deps);
await serve(createApp(deps), deps, { port: config.PORT, host: config.HOST });
