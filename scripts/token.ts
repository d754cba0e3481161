// Prints a bearer token for the local configuration: `pnpm token admin`, `pnpm token need_owner --org org-1`.
import { baseConfigShape, ConfigError, loadConfig, signToken } from '@suite/platform';
import { readTokenCommand, ttlSeconds, usage } from './token-args';

/** Says what is wrong and how to call, on stderr, and exits 2. */
function refuse(problem: string): never {
  console.error(`${problem}\n${usage}`);
  process.exit(2);
}

function tokenConfig() {
  try {
    return loadConfig({
      NODE_ENV: baseConfigShape.NODE_ENV,
      JWT_SECRET: baseConfigShape.JWT_SECRET,
      JWT_ISSUER: baseConfigShape.JWT_ISSUER,
      JWT_MAX_TTL: baseConfigShape.JWT_MAX_TTL,
    });
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(2);
  }
}

const command = readTokenCommand(process.argv.slice(2));
if (command.kind === 'help') {
  console.log(command.text);
  process.exit(0);
}
if (command.kind === 'refused') refuse(command.problem);
const config = tokenConfig();
// The services answer 401 to a token that lives longer: better said now than at the first call.
if (command.ttl !== undefined && (ttlSeconds(command.ttl) ?? 0) > (ttlSeconds(config.JWT_MAX_TTL) ?? 0)) {
  refuse(`--ttl ${command.ttl} is longer than the services accept (JWT_MAX_TTL ${config.JWT_MAX_TTL})`);
}
console.log(
  await signToken({
    secret: config.JWT_SECRET,
    issuer: config.JWT_ISSUER,
    role: command.role,
    organisationId: command.organisationId,
    innovatorId: command.innovatorId,
    ttl: command.ttl,
  }),
);
