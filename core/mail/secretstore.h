// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "mail/smtpsettings.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace fairwell {

// Keeps the SMTP password out of plain text: in the desktop keyring (the
// Secret Service, through QtKeychain) where there is one, and always in
// memory for the rest of this run, so that with no keyring the password is
// asked once per session and never written anywhere.
//
// The calls never block: each returns at once and `done` runs later on
// `context`'s thread (this store's when `context` is null), never inside
// the call; it does not run when `context` or this store is destroyed
// first. Errors carry messages for a user.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using PasswordCallback = std::function<void(Result<QString>)>;
    using StatusCallback = std::function<void(Status)>;

    // `service` names Fairwell's entries in the keyring; tests use their own.
    explicit SecretStore(const QString &service = QStringLiteral("Fairwell"), QObject *parent = nullptr);
    ~SecretStore() override;

    // The password for `account`: this session's copy, else the keyring's.
    // NotFound when there is none (the keyring has none, or there is no
    // keyring and none was given in this session): ask the person.
    // PermissionDenied when the keyring refused (locked, access denied).
    void readPassword(const QString &account, QObject *context, PasswordCallback done);

    // Keeps the password for this session and saves it in the keyring. With
    // no keyring it succeeds with the session copy alone, and
    // keyringAvailable() is false afterwards. A keyring that fails is an
    // error; the session copy is kept even then.
    void writePassword(const QString &account, const QString &password, QObject *context,
                       StatusCallback done);

    // Drops the session copy and the keyring's entry (none there is fine).
    void forget(const QString &account, QObject *context, StatusCallback done);

    // Whether a Secret Service (or KWallet) answers on the session bus; the
    // first call asks D-Bus (a few milliseconds), later ones remember.
    bool keyringAvailable() const;

    // This session's copy, without the keyring; safe from any thread (the
    // sender's). Empty when the password was never read or written.
    std::optional<QString> sessionPassword(const QString &account) const;

    // The account name for a mail server's password: "user@host:port".
    static QString smtpAccount(const SmtpSettings &settings);

private:
    QString m_service;
};

} // namespace fairwell
