import { describeHttpConformance, serviceTestEnv, testDbDrivers } from '@suite/testing';
import { createApp } from './app';
import { loadNotificationConfig } from './config';
import { createDeps } from './deps';

for (const driver of testDbDrivers) {
  describeHttpConformance(`notification on ${driver}`, {
    async start() {
      const testEnv = serviceTestEnv(driver);
      const deps = await createDeps(loadNotificationConfig(testEnv.env));
      return {
        app: createApp(deps),
        auth: deps.http.auth,
        close: async () => {
          await deps.shutdown.shutdown('test over');
          await testEnv.cleanup();
        },
      };
    },
    protectedRoute: { method: 'get', path: '/v1/admin/deliveries', allowed: 'admin', denied: 'innovator' },
    // No JSON route yet on notification; body parsing runs before routing, so any POST shows it.
    jsonRoute: { method: 'post', path: '/v1/admin/deliveries', role: 'admin' },
    bodyLimitBytes: 16 * 1024,
  });
}
