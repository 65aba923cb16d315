#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster: installs Debian's postgresql
# when missing, makes a cluster in a temporary folder (initdb), starts it on a free
# loopback port (pg_ctl, no system service), exports its URL as KINGRAPH_TEST_POSTGRES
# (superuser `postgres`, password in PGPASSWORD) and stops it and deletes the folder
# when the command ends, whether it passed or not. Exits with the command's status.
#
#   scripts/with-postgres.sh swift test
set -euo pipefail

bin=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/initdb" ] && bin="$candidate"
done
if [ -z "$bin" ]; then
  if [ "$(id -u)" != "0" ]; then
    echo "KinGraph's tests need PostgreSQL: sudo apt-get install postgresql (then run make test again)" >&2
    exit 1
  fi
  echo "Installing postgresql with apt-get..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bin="$candidate"
  done
  [ -n "$bin" ] || { echo "apt-get did not install PostgreSQL's server" >&2; exit 1; }
fi
command -v psql >/dev/null || { echo "psql is missing (apt-get install postgresql-client)" >&2; exit 1; }

# postgres refuses to run as root: the cluster belongs to the `postgres` system user then.
run_as=()
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  run_as=(runuser -u postgres --)
fi

folder="$(mktemp -d /tmp/kingraph-pg.XXXXXX)"
chmod 755 "$folder"
[ "${#run_as[@]}" -gt 0 ] && chown postgres "$folder"
password="kg-test-$RANDOM$RANDOM"
printf '%s\n' "$password" > "$folder/pw"
[ "${#run_as[@]}" -gt 0 ] && chown postgres "$folder/pw"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"

stop() {
  "${run_as[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$folder"
}
trap stop EXIT

"${run_as[@]}" "$bin/initdb" -D "$folder/data" -U postgres --auth=scram-sha-256 --pwfile="$folder/pw" \
  -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 || { cat "$folder/initdb.log" >&2; exit 1; }
"${run_as[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c max_connections=200 -c fsync=off" start >/dev/null \
  || { cat "$folder/server.log" >&2; exit 1; }

export KINGRAPH_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port/postgres"
export PGPASSWORD="$password"
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (KINGRAPH_TEST_POSTGRES)" >&2
set +e
"$@"
status=$?
set -e
exit $status
