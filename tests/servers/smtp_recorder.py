#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A recording SMTP server for Fairwell's tests, built on Debian's aiosmtpd.

Started by smtp-start.sh (read that first). It listens on 127.0.0.1 on five
ports: STARTTLS (required before MAIL), implicit TLS, STARTTLS with a
certificate from another authority (the "untrusted" case), STARTTLS with a
certificate from the right authority but for another host name, and one
with no encryption at all that takes mail from anyone (a client must refuse
to use it). All but the last want AUTH (PLAIN or LOGIN, over TLS) with the
test user. Each accepted message is
stored as it arrived, byte for byte, in the mailbox folder: NAME.eml, with
the envelope in NAME.json (written first, so an .eml never lacks one).

Recipients steer the server, by the local part's prefix:
  reject-*      550 at RCPT                       (permanent refusal)
  later-*       450 at RCPT                       (temporary refusal)
  stall-*       no answer to RCPT                 (timeout before the data)
  refuse-data-* 554 after the data, not stored    (permanent, after upload)
  defer-data-*  451 after the data, not stored    (temporary, after upload)
  silent-*      stored, no answer after the data  ("may have been sent")
  drop-*        stored, connection cut after the data, no answer

With --answer-delay-ms, every accepted message is stored at once but
answered that much later, as a server that does more work before its
"250" (a crash test kills it in that window).
"""

import argparse
import asyncio
import json
import logging
import os
import signal
import ssl
import sys
import time
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

FOREVER = 3600


class Recorder:
    def __init__(self, mailbox, answer_delay=0.0):
        self.mailbox = mailbox
        self.answer_delay = answer_delay
        self.counter = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@", 1)[0].lower()
        if local.startswith("reject-"):
            # No address in the words: the client must say which one it was.
            return "550 5.1.1 Recipient address rejected: no such mailbox here"
        if local.startswith("later-"):
            return "450 4.2.1 Recipient address rejected: mailbox busy, try again later"
        if local.startswith("stall-"):
            await asyncio.sleep(FOREVER)
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    def _has(self, envelope, prefix):
        return any(r.split("@", 1)[0].lower().startswith(prefix) for r in envelope.rcpt_tos)

    def _store(self, envelope):
        self.counter += 1
        name = f"{time.time_ns():020d}-{os.getpid()}-{self.counter:06d}"
        tmp = os.path.join(self.mailbox, f".{name}.tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos}, f)
        os.replace(tmp, os.path.join(self.mailbox, name + ".json"))
        with open(tmp, "wb") as f:
            f.write(envelope.original_content)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, os.path.join(self.mailbox, name + ".eml"))
        return name

    async def handle_DATA(self, server, session, envelope):
        if self._has(envelope, "refuse-data-"):
            return "554 5.6.0 Message refused: content not accepted here"
        if self._has(envelope, "defer-data-"):
            return "451 4.3.0 Message deferred: try again later"
        name = self._store(envelope)
        if self._has(envelope, "drop-"):
            server.transport.abort()
            await asyncio.sleep(FOREVER)
        if self._has(envelope, "silent-"):
            await asyncio.sleep(FOREVER)
        if self.answer_delay > 0:
            await asyncio.sleep(self.answer_delay)
        return f"250 2.0.0 OK: queued as {name}"


def tls_context(cert, key):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--starttls-port", type=int, default=0)
    parser.add_argument("--tls-port", type=int, default=0)
    parser.add_argument("--untrusted-port", type=int, default=0)
    parser.add_argument("--plain-port", type=int, default=0)
    parser.add_argument("--wrong-name-port", type=int, default=0)
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--other-cert", required=True)
    parser.add_argument("--other-key", required=True)
    parser.add_argument("--wrong-name-cert", required=True)
    parser.add_argument("--wrong-name-key", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--mailbox", required=True)
    parser.add_argument("--ready", required=True, help="written with the ports once all listen")
    parser.add_argument("--pid-file", required=True)
    parser.add_argument("--watch", required=True, help="the server ends when this file is gone")
    parser.add_argument("--max-seconds", type=int, default=4 * 3600)
    parser.add_argument("--answer-delay-ms", type=int, default=0,
                        help="answer each accepted message this long after storing it")
    args = parser.parse_args()

    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(name)s %(message)s")
    # AUTH on the implicit-TLS port is over TLS, which aiosmtpd cannot see.
    warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS")

    os.makedirs(args.mailbox, exist_ok=True)
    recorder = Recorder(args.mailbox, args.answer_delay_ms / 1000.0)
    user = args.user.encode()
    password = args.password.encode()

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login == user and auth_data.password == password)
        return AuthResult(success=ok, handled=False)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    good = tls_context(args.cert, args.key)
    other = tls_context(args.other_cert, args.other_key)
    wrong_name = tls_context(args.wrong_name_cert, args.wrong_name_key)

    def factory(starttls_context, require_tls, auth_required=True):
        def make():
            return SMTP(recorder, hostname="localhost", loop=loop,
                        tls_context=starttls_context, require_starttls=starttls_context is not None,
                        auth_required=auth_required, auth_require_tls=require_tls,
                        authenticator=authenticator)
        return make

    async def serve():
        starttls = await loop.create_server(factory(good, True), args.host, args.starttls_port)
        implicit = await loop.create_server(factory(None, False), args.host, args.tls_port, ssl=good)
        untrusted = await loop.create_server(factory(other, True), args.host, args.untrusted_port)
        plain = await loop.create_server(factory(None, True, auth_required=False), args.host, args.plain_port)
        wrong = await loop.create_server(factory(wrong_name, True), args.host, args.wrong_name_port)
        return [s.sockets[0].getsockname()[1] for s in (starttls, implicit, untrusted, plain, wrong)]

    ports = loop.run_until_complete(serve())
    with open(args.pid_file + ".tmp", "w") as f:
        f.write(f"{os.getpid()}\n")
    os.replace(args.pid_file + ".tmp", args.pid_file)
    with open(args.ready + ".tmp", "w") as f:
        f.write(f"SMTP_STARTTLS_PORT={ports[0]}\nSMTP_TLS_PORT={ports[1]}\n"
                f"SMTP_UNTRUSTED_PORT={ports[2]}\nSMTP_PLAIN_PORT={ports[3]}\n"
                f"SMTP_WRONG_NAME_PORT={ports[4]}\n")
    os.replace(args.ready + ".tmp", args.ready)
    logging.info("listening on %s: starttls %d, tls %d, untrusted %d, plain %d, wrong name %d",
                 args.host, *ports)

    started = time.monotonic()

    async def watchdog():
        # An interrupted test run never leaves a server behind for long.
        while os.path.exists(args.watch) and time.monotonic() - started < args.max_seconds:
            await asyncio.sleep(1)
        loop.stop()

    loop.add_signal_handler(signal.SIGTERM, loop.stop)
    loop.add_signal_handler(signal.SIGINT, loop.stop)
    loop.create_task(watchdog())
    loop.run_forever()


if __name__ == "__main__":
    main()
