# Shared by scripts/test and scripts/demo: make sure the toolchain and the real services exist.
# Policy: use what is running; else start a private instance from an installed binary; else install
# it with apt-get (root only); else stop with a clear message. Sourced, not executed.

PNPM_VERSION=10.34.9
STATE_DIR="${TMPDIR:-/tmp}/social-match-suite-$(id -u)"
mkdir -p "$STATE_DIR"

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

apt_install() {
  [ "$(id -u)" = 0 ] || die "$1 is missing and installing it needs root: apt-get install -y $*"
  command -v apt-get >/dev/null || die "$1 is missing and this machine has no apt-get: install $* yourself"
  log "installing $* with apt-get"
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq >/dev/null || die "apt-get update failed"; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null || die "apt-get install $* failed"
}

ensure_node_and_pnpm() {
  command -v node >/dev/null || apt_install nodejs npm
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 20 ] || die "Node.js 20 or newer is needed (found $(node -v))"
  if [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
    log "installing pnpm $PNPM_VERSION"
    npm install -g "pnpm@$PNPM_VERSION" >/dev/null 2>&1 || die "could not install pnpm $PNPM_VERSION with npm"
  fi
}

install_packages() {
  log "installing packages from the lockfile"
  pnpm install --frozen-lockfile --prefer-offline >/dev/null || die "pnpm install --frozen-lockfile failed"
}

redis_answers() { # url
  node -e '
    const net = require("node:net");
    const u = new URL(process.argv[1]);
    const s = net.connect(Number(u.port || 6379), u.hostname);
    s.setTimeout(1500, () => process.exit(1));
    s.on("error", () => process.exit(1));
    s.on("connect", () => s.write("PING\r\n"));
    s.on("data", (d) => process.exit(d.toString().startsWith("+PONG") ? 0 : 1));
  ' "$1" 2>/dev/null
}

# Sets REDIS_URL to a Redis that answers.
ensure_redis() {
  REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
  if redis_answers "$REDIS_URL"; then log "using Redis at $REDIS_URL"; return; fi
  local port=6391
  REDIS_URL="redis://127.0.0.1:$port"
  if redis_answers "$REDIS_URL"; then log "using private Redis at $REDIS_URL"; return; fi
  command -v redis-server >/dev/null || apt_install redis-server
  command -v redis-server >/dev/null || die "no redis-server binary after installing; start Redis and set REDIS_URL"
  log "starting a private Redis on port $port"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save '' --appendonly no \
    --dir "$STATE_DIR" --pidfile "$STATE_DIR/redis.pid" --logfile "$STATE_DIR/redis.log" >/dev/null
  for _ in $(seq 50); do redis_answers "$REDIS_URL" && return; sleep 0.1; done
  die "private Redis did not start; see $STATE_DIR/redis.log"
}

pg_answers() { # url
  node -e '
    const net = require("node:net");
    const u = new URL(process.argv[1]);
    const s = net.connect(Number(u.port || 5432), u.hostname);
    s.setTimeout(1500, () => process.exit(1));
    s.on("error", () => process.exit(1));
    s.on("connect", () => process.exit(0));
  ' "$1" 2>/dev/null
}

pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

# Sets DATABASE_TEST_URL to a Postgres server with a `test` database reachable without a password.
ensure_postgres() {
  DATABASE_TEST_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
  if pg_answers "$DATABASE_TEST_URL" && psql_ok "$DATABASE_TEST_URL"; then
    log "using Postgres at ${DATABASE_TEST_URL%%\?*}"; return
  fi
  local port=5439
  DATABASE_TEST_URL="postgres://postgres@127.0.0.1:$port/test"
  if pg_answers "$DATABASE_TEST_URL" && psql_ok "$DATABASE_TEST_URL"; then log "using private Postgres on port $port"; return; fi
  [ -n "$(pg_bin_dir)" ] || apt_install postgresql postgresql-client
  local bin data owner
  bin=$(pg_bin_dir) || die "no PostgreSQL server binaries after installing; start Postgres and set TEST_DATABASE_URL"
  data="$STATE_DIR/pg"
  owner=$(id -un)
  # initdb refuses to run as root; the postgres system user owns the private cluster then.
  if [ "$(id -u)" = 0 ]; then owner=postgres; id postgres >/dev/null 2>&1 || useradd -r -m postgres; fi
  run_as() { if [ "$owner" = "$(id -un)" ]; then "$@"; else (cd / && runuser -u "$owner" -- "$@"); fi; }
  mkdir -p "$data" && chown "$owner" "$data" "$STATE_DIR"
  if [ ! -f "$data/PG_VERSION" ]; then
    log "creating a private Postgres cluster in $data"
    run_as "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 >/dev/null || die "initdb failed"
  fi
  log "starting a private Postgres on port $port"
  run_as "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null ||
    die "private Postgres did not start; see $data/server.log"
  run_as "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qAtc \
    "select 1 from pg_database where datname='test'" | grep -q 1 ||
    run_as "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres test || die "could not create database test"
}

psql_ok() { # url: can we log in and query without a password?
  node -e '
    const pg = require(require.resolve("pg", { paths: [process.cwd() + "/packages/testing"] }));
    const c = new pg.Client({ connectionString: process.argv[1], connectionTimeoutMillis: 2000 });
    c.connect().then(() => c.query("select 1")).then(() => c.end()).then(() => process.exit(0), () => process.exit(1));
  ' "$1" 2>/dev/null
}

# Sets CHROMIUM_PATH to Debian's Chromium for the browser test: the installed one, else apt-get.
ensure_chromium() {
  CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ ! -x "$CHROMIUM_PATH" ]; then
    CHROMIUM_PATH=$(command -v chromium || true)
    [ -n "$CHROMIUM_PATH" ] || apt_install chromium
    CHROMIUM_PATH=$(command -v chromium || true)
    [ -n "$CHROMIUM_PATH" ] || die "no chromium binary after installing; install Chromium and set CHROMIUM_PATH"
  fi
  export CHROMIUM_PATH
  log "using Chromium at $CHROMIUM_PATH"
}

port_in_use() { # port: does anything accept connections on 127.0.0.1:port?
  node -e '
    const s = require("node:net").connect(Number(process.argv[1]), "127.0.0.1");
    s.setTimeout(1000, () => process.exit(1));
    s.on("error", () => process.exit(1));
    s.on("connect", () => process.exit(0));
  ' "$1" 2>/dev/null
}

# The demo's ports must be free: a second demo (or another program) on them would answer instead.
ensure_demo_ports_free() { # port...
  local port
  for port in "$@"; do
    if port_in_use "$port"; then
      die "port $port is in use (is another ./scripts/demo running?); stop it or set DEMO_*_PORT"
    fi
  done
}

# Debian's docker-compose validates compose files without a Docker engine (tests/deploy).
ensure_docker_compose() {
  command -v docker-compose >/dev/null || apt_install docker-compose
}
