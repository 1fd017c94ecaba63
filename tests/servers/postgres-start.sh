#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CTest fixture: starts a throw-away PostgreSQL 15 server on 127.0.0.1 on a
# free port, in a temporary folder, as an unprivileged user, with password
# authentication over TCP (so tests can check wrong credentials). Writes the
# connection details to STATE/postgres.env for the tests.
# The server is set up the way a real one abroad may be, so that code which
# reads the server's English or leans on byte-order sorting fails here: an
# ICU collation (en-US) and German server messages (lc_messages=de_DE.UTF-8),
# with the default max_connections.
# Usage: postgres-start.sh STATE_DIR
set -euo pipefail
state="$1"
mkdir -p "$state"

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "postgres-start: PostgreSQL server binaries not found (install the 'postgresql' package)." >&2
    exit 1
fi

# A stale server from an interrupted run is stopped first.
if [ -f "$state/postgres.dir" ]; then
    "$(dirname "$0")/postgres-stop.sh" "$state" || true
fi

# The server speaks German, so its locale must exist. Debian ships the data
# (package 'locales'); root can build the one locale needed.
messages=de_DE.UTF-8
if ! locale -a 2>/dev/null | grep -qix 'de_DE\.utf-\?8'; then
    if [ "$(id -u)" -eq 0 ] && command -v localedef >/dev/null; then
        localedef -i de_DE -f UTF-8 de_DE.UTF-8 || {
            echo "postgres-start: could not generate the $messages locale (install the 'locales' package)." >&2; exit 1; }
    else
        echo "postgres-start: the $messages locale is missing. Generate it once as root:" \
             "localedef -i de_DE -f UTF-8 de_DE.UTF-8 (package 'locales')." >&2
        exit 1
    fi
fi

dir=$(mktemp -d /tmp/fairwell-pg.XXXXXX)
password="fairwell-test-$RANDOM$RANDOM"
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$dir"
fi
printf '%s\n' "$password" > "$dir/pwfile"
[ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pwfile"

as_server_user "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 \
    --locale-provider=icu --icu-locale=en-US --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
    echo "postgres-start: initdb failed:" >&2; cat "$dir/initdb.log" >&2; exit 1; }
rm -f "$dir/pwfile"

as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-k $dir -c listen_addresses=127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c lc_messages=$messages" \
    start >/dev/null || {
    echo "postgres-start: the server did not start:" >&2; cat "$dir/server.log" >&2; exit 1; }

echo "$dir" > "$state/postgres.dir"
cat > "$state/postgres.env" <<ENV
PGHOST=127.0.0.1
PGPORT=$port
PGUSER=postgres
PGPASSWORD=$password
PGSOCKETDIR=$dir
ENV
echo "PostgreSQL test server on 127.0.0.1:$port ($dir)"
