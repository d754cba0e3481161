import { serve } from '@suite/platform';
import { createApp } from './app';
import { loadIngestConfig } from './config';
import { createDeps } from './deps';
import { startWorkers } from './jobs/workers';

const config = loadIngestConfig();
const deps = await createDeps(config);
if (!config.DISABLE_WORKERS) startWorkers(deps);
await serve(createApp(deps), deps, { port: config.PORT, host: config.HOST });
