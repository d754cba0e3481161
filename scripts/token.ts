// Prints a bearer token for the local configuration: `pnpm token admin`, `pnpm token need_owner --org org-1`.
import { parseArgs } from 'node:util';
import { baseConfigShape, ConfigError, loadConfig, type Role, roles, signToken } from '@suite/platform';

const usage =
  'usage: pnpm token <admin|need_owner|innovator|service> [--org ID] [--innovator ID] [--ttl 12h]';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { org: { type: 'string' }, innovator: { type: 'string' }, ttl: { type: 'string' } },
});
const role = positionals[0] as Role | undefined;
if (!role || !roles.includes(role)) {
  console.error(usage);
  process.exit(2);
}
if (role === 'need_owner' && !values.org) {
  console.error('a need_owner token is bound to an organisation: pass --org ID');
  process.exit(2);
}
if (role === 'innovator' && !values.innovator) {
  console.error('an innovator token is bound to an innovator: pass --innovator ID');
  process.exit(2);
}
const loadTokenConfig = () => {
  try {
    return loadConfig({
      NODE_ENV: baseConfigShape.NODE_ENV,
      JWT_SECRET: baseConfigShape.JWT_SECRET,
      JWT_ISSUER: baseConfigShape.JWT_ISSUER,
    });
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(2);
  }
};
const config = loadTokenConfig();
console.log(
  await signToken({
    secret: config.JWT_SECRET,
    issuer: config.JWT_ISSUER,
    role,
    organisationId: values.org,
    innovatorId: values.innovator,
    ttl: values.ttl,
  }),
);
