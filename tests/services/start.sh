# Sourced by .ci/run (bash): starts the real services the .NET tests need, each on 127.0.0.1 on a free port, and
# stops them when the script exits. PostgreSQL comes from Debian (initdb in a temporary directory, run as the
# `postgres` user when we are root), Azurite from npm (this folder's package-lock.json, in memory only).
# Exports CROSSBORDER_TEST_POSTGRES and CROSSBORDER_TEST_AZURITE (connection strings) and
# CROSSBORDER_REQUIRE_SERVICES=1, so the tests that need a service fail instead of skipping when it is missing.
# Expects .ci/run's apt_install function.

services_dir="$(mktemp -d /tmp/crossborder-services.XXXXXX)"
chmod 755 "$services_dir"
services_root="$(pwd)/tests/services"

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})"
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_services() {
  if [ -n "${pg_bin:-}" ] && [ -f "$services_dir/pg/postmaster.pid" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$services_dir/pg" -m immediate stop >/dev/null 2>&1 || true
  fi
  if [ -n "${azurite_pid:-}" ]; then
    # Azurite keeps running on SIGTERM while it has open connections; it holds nothing worth a clean shutdown.
    kill -KILL "$azurite_pid" 2>/dev/null || true
  fi
  rm -rf "$services_dir"
}
trap stop_services EXIT

# PostgreSQL
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || apt_install postgresql
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
pg_port="$(free_port)"
mkdir -p "$services_dir/pg"
if [ "$(id -u)" -eq 0 ]; then chown postgres "$services_dir/pg"; fi
as_postgres "$pg_bin/initdb" -D "$services_dir/pg" -A trust -U postgres --no-sync >"$services_dir/initdb.log" 2>&1 \
  || { cat "$services_dir/initdb.log"; exit 1; }
as_postgres "$pg_bin/pg_ctl" -D "$services_dir/pg" -l "$services_dir/pg/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $services_dir/pg -c fsync=off -c max_connections=200" start \
  || { cat "$services_dir/pg/server.log"; exit 1; }
export CROSSBORDER_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"

# Azurite (Blob service only, in memory). The Blob client speaks a newer service version than this Azurite knows;
# the calls we make exist in both, so the version check is skipped.
(cd "$services_root" && npm ci --no-audit --no-fund --ignore-scripts)
node "$services_root/node_modules/azurite/dist/src/blob/main.js" --blobHost 127.0.0.1 --blobPort 0 \
  --inMemoryPersistence --skipApiVersionCheck >"$services_dir/azurite.log" 2>&1 &
azurite_pid=$!
azurite_port=""
for _ in $(seq 1 150); do
  azurite_port="$(sed -n 's#.*successfully listens on http://127.0.0.1:\([0-9]*\).*#\1#p' "$services_dir/azurite.log" | head -n 1)"
  [ -n "$azurite_port" ] && break
  kill -0 "$azurite_pid" 2>/dev/null || break
  sleep 0.2
done
if [ -z "$azurite_port" ]; then
  echo "Azurite did not start:"; cat "$services_dir/azurite.log"; exit 1
fi
# Azurite's documented development account (a public, fixed key that works only against the emulator).
export CROSSBORDER_TEST_AZURITE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$azurite_port/devstoreaccount1;"
echo "Azurite Blob on 127.0.0.1:$azurite_port"

export CROSSBORDER_REQUIRE_SERVICES=1
