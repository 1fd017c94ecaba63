#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CTest fixture: starts a throw-away recording SMTP server (smtp_recorder.py,
# on Debian's python3-aiosmtpd) on 127.0.0.1 in a temporary folder, with
# certificates made here and now by openssl: a test CA, a server
# certificate for localhost and 127.0.0.1 signed by it, one for another
# host name (mail.example.org) signed by it too, and a second CA with its
# own server certificate for the "untrusted" port.
#
# Writes STATE/smtp.env (KEY=value lines) for the tests:
#   SMTP_HOST             127.0.0.1
#   SMTP_STARTTLS_PORT    STARTTLS required before MAIL
#   SMTP_TLS_PORT         implicit TLS
#   SMTP_UNTRUSTED_PORT   STARTTLS, certificate from the other CA
#   SMTP_PLAIN_PORT       no encryption offered, no login (to be refused)
#   SMTP_WRONG_NAME_PORT  STARTTLS, test CA, but a certificate for
#                         mail.example.org only (host name mismatch)
#   SMTP_CA_FILE          the CA that signed the first two ports' certificate
#   SMTP_OTHER_CA_FILE    the CA of the untrusted port
#   SMTP_USER, SMTP_PASSWORD   the login every port requires (over TLS)
#   SMTP_MAILBOX          accepted messages: NAME.eml (raw bytes) + NAME.json
#                         (envelope); names sort in order of arrival
#   SMTP_PID_FILE         holds the recorder's process id (changes on restart)
#   SMTP_DIR              the server's temporary folder
#   SMTP_ANSWER_DELAY_MS  how long the server waits between storing a
#                         message and answering it (0 unless the caller set
#                         SMTP_ANSWER_DELAY_MS; kept on restart)
# Recipients steer the server (reject-*, later-*, ...): see smtp_recorder.py.
#
# Stopping and restarting the same server (ports, certificates, mailbox),
# for "server down" tests:
#   kill -KILL "$(cat "$SMTP_PID_FILE")"      # down, as in a crash
#   smtp-stop.sh --keep STATE                 # down, politely
#   smtp-start.sh --restart STATE             # up again, same ports
# A test that stops the server should start a private one (its own STATE
# folder; tests/support/smtpserver.h does) so that it does not pull the
# shared one from under tests running in parallel.
#
# Usage: smtp-start.sh STATE_DIR | smtp-start.sh --restart STATE_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
python=/usr/bin/python3

restart=0
if [ "${1:-}" = "--restart" ]; then
    restart=1
    shift
fi
state="$1"
mkdir -p "$state"
state=$(cd "$state" && pwd)

if ! "$python" -c 'import aiosmtpd' 2>/dev/null; then
    echo "smtp-start: $python cannot import aiosmtpd (install the 'python3-aiosmtpd' package)." >&2
    exit 1
fi

launch() { # ports: starttls tls untrusted plain wrong-name (0: any free one)
    rm -f "$dir/ready"
    touch "$dir/alive"
    setsid "$python" "$here/smtp_recorder.py" \
        --starttls-port "$1" --tls-port "$2" --untrusted-port "$3" --plain-port "$4" --wrong-name-port "$5" \
        --cert "$dir/certs/server.pem" --key "$dir/certs/server.key" \
        --other-cert "$dir/certs/other-server.pem" --other-key "$dir/certs/other-server.key" \
        --wrong-name-cert "$dir/certs/wrong-name.pem" --wrong-name-key "$dir/certs/wrong-name.key" \
        --user "$user" --password "$password" --mailbox "$dir/mailbox" \
        --ready "$dir/ready" --pid-file "$dir/recorder.pid" --watch "$dir/alive" \
        --answer-delay-ms "$answer_delay_ms" \
        </dev/null >>"$dir/server.log" 2>&1 &
    local pid=$!
    for _ in $(seq 1 100); do
        [ -f "$dir/ready" ] && return 0
        if ! kill -0 "$pid" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done
    echo "smtp-start: the SMTP test server did not start:" >&2
    tail -n 30 "$dir/server.log" >&2
    return 1
}

if [ "$restart" -eq 1 ]; then
    [ -f "$state/smtp.env" ] || { echo "smtp-start: no server to restart in $state" >&2; exit 1; }
    # shellcheck disable=SC1091
    . "$state/smtp.env"
    dir="$SMTP_DIR" user="$SMTP_USER" password="$SMTP_PASSWORD" answer_delay_ms="${SMTP_ANSWER_DELAY_MS:-0}"
    "$here/smtp-stop.sh" --keep "$state"
    # The old sockets may linger a moment; the same ports are wanted.
    for attempt in 1 2 3 4 5; do
        if launch "$SMTP_STARTTLS_PORT" "$SMTP_TLS_PORT" "$SMTP_UNTRUSTED_PORT" "$SMTP_PLAIN_PORT" \
                "$SMTP_WRONG_NAME_PORT"; then
            echo "SMTP test server restarted on 127.0.0.1:$SMTP_STARTTLS_PORT/$SMTP_TLS_PORT/$SMTP_UNTRUSTED_PORT"
            exit 0
        fi
        [ "$attempt" -lt 5 ] && sleep 0.5
    done
    exit 1
fi

# A stale server from an interrupted run is stopped first.
if [ -f "$state/smtp.dir" ]; then
    "$here/smtp-stop.sh" "$state" || true
fi

dir=$(mktemp -d /tmp/fairwell-smtp.XXXXXX)
echo "$dir" > "$state/smtp.dir"
mkdir -p "$dir/certs" "$dir/mailbox"
user="fairwell-test"
answer_delay_ms="${SMTP_ANSWER_DELAY_MS:-0}"
password="pw-$RANDOM$RANDOM-$RANDOM"

# Two authorities, each with a server certificate for localhost and
# 127.0.0.1 (EC keys: fast to make), valid for two days.
certs="$dir/certs"
make_ca() { # name
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
        -keyout "$certs/$1.key" -out "$certs/$1.pem" -days 2 \
        -subj "/O=Fairwell tests/CN=Fairwell $1 test CA" \
        -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" 2>>"$dir/openssl.log"
}
make_server() { # name ca [subjectAltName common-name]
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
        -keyout "$certs/$1.key" -out "$certs/$1.csr" -subj "/O=Fairwell tests/CN=${4:-localhost}" 2>>"$dir/openssl.log"
    printf '%s\n' "subjectAltName=${3:-DNS:localhost,IP:127.0.0.1}" "basicConstraints=critical,CA:FALSE" \
        "keyUsage=critical,digitalSignature" "extendedKeyUsage=serverAuth" > "$certs/$1.ext"
    openssl x509 -req -in "$certs/$1.csr" -CA "$certs/$2.pem" -CAkey "$certs/$2.key" -CAcreateserial \
        -days 2 -extfile "$certs/$1.ext" -out "$certs/$1.pem" 2>>"$dir/openssl.log"
}
if ! { make_ca ca && make_server server ca && make_server wrong-name ca DNS:mail.example.org mail.example.org \
        && make_ca other-ca && make_server other-server other-ca; }; then
    echo "smtp-start: openssl could not make the test certificates:" >&2
    cat "$dir/openssl.log" >&2
    exit 1
fi

launch 0 0 0 0 0
# shellcheck disable=SC1091
. "$dir/ready"
cat > "$state/smtp.env.tmp" <<ENV
SMTP_HOST=127.0.0.1
SMTP_STARTTLS_PORT=$SMTP_STARTTLS_PORT
SMTP_TLS_PORT=$SMTP_TLS_PORT
SMTP_UNTRUSTED_PORT=$SMTP_UNTRUSTED_PORT
SMTP_PLAIN_PORT=$SMTP_PLAIN_PORT
SMTP_WRONG_NAME_PORT=$SMTP_WRONG_NAME_PORT
SMTP_CA_FILE=$certs/ca.pem
SMTP_OTHER_CA_FILE=$certs/other-ca.pem
SMTP_USER=$user
SMTP_PASSWORD=$password
SMTP_MAILBOX=$dir/mailbox
SMTP_PID_FILE=$dir/recorder.pid
SMTP_DIR=$dir
SMTP_ANSWER_DELAY_MS=$answer_delay_ms
ENV
mv "$state/smtp.env.tmp" "$state/smtp.env"
echo "SMTP test server on 127.0.0.1: STARTTLS $SMTP_STARTTLS_PORT, TLS $SMTP_TLS_PORT," \
    "untrusted $SMTP_UNTRUSTED_PORT, plain $SMTP_PLAIN_PORT, wrong name $SMTP_WRONG_NAME_PORT ($dir)"
