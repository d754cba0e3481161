import { serve } from '@suite/platform';
import { createApp } from './app';
import { loadIngestConfig } from './config';
import { createDeps } from './deps';

const config = loadIngestConfig();
const deps = await createDeps(config);
await serve(createApp(deps), deps, { port: config.PORT, host: config.HOST });
