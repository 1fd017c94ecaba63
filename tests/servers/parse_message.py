#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Parses one RFC 5322 message with Python's own email package
(policy=default) and prints it as JSON, so that Fairwell's tests check what
arrived with a real, independent parser rather than our own.

Usage: parse_message.py FILE   (or "-" for standard input)

Output keys: headers ([name, decoded value] in order), subject, from, to,
cc, reply_to (lists of {name, address}), date (ISO 8601, or null), date_raw,
message_id, content_type, charset, transfer_encoding, body (the decoded
text, its CRLF line ends turned into "\n" as a mail client shows it;
a lone CR or LF stays as it is), defects (every defect the parser found, in the message and in its
headers), and envelope ({mail_from, rcpt_tos} from FILE's .json beside it,
when there is one).
"""

import email
import json
import os
import sys
from email import policy


def addresses(message, name):
    header = message[name]
    if header is None:
        return []
    return [{"name": a.display_name, "address": a.addr_spec} for a in header.addresses]


def main():
    path = sys.argv[1]
    raw = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    message = email.message_from_bytes(raw, policy=policy.default)

    defects = [f"message: {type(d).__name__}: {d}" for d in message.defects]
    headers = []
    for name, value in message.items():
        headers.append([name, str(value)])
        for d in getattr(value, "defects", ()):
            defects.append(f"{name}: {type(d).__name__}: {d}")

    date = message["date"]
    body = None
    if not message.is_multipart():
        body = message.get_content().replace("\r\n", "\n")

    envelope = None
    if path != "-":
        sidecar = os.path.splitext(path)[0] + ".json"
        if os.path.exists(sidecar):
            with open(sidecar, encoding="utf-8") as f:
                envelope = json.load(f)

    json.dump({
        "headers": headers,
        "subject": None if message["subject"] is None else str(message["subject"]),
        "from": addresses(message, "from"),
        "to": addresses(message, "to"),
        "cc": addresses(message, "cc"),
        "reply_to": addresses(message, "reply-to"),
        "date": date.datetime.isoformat() if date is not None and date.datetime else None,
        "date_raw": None if date is None else str(date),
        "message_id": None if message["message-id"] is None else str(message["message-id"]).strip(),
        "content_type": message.get_content_type(),
        "charset": message.get_content_charset(),
        "transfer_encoding": message.get("content-transfer-encoding"),
        "body": body,
        "defects": defects,
        "envelope": envelope,
    }, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
