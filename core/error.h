// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace fairwell {

// What went wrong, as a code the UI can branch on.
enum class ErrorCode {
    NotADatabase,
    Corrupt,
    ReadOnly,
    Locked,
    NetworkFileSystem,
    FileMissing,
    SchemaTooNew,
    MigrationFailed,
    // A shared database needs an upgrade that only its owner role may run.
    UpgradeRefused,
    ServerUnreachable,
    AuthenticationFailed,
    DatabaseMissing,
    PermissionDenied,
    Conflict,
    NotFound,
    InvalidInput,
    QueryFailed,
    Cancelled,
    MixedCurrencies, // amounts in different currencies were to be added up
};

// A failure with a translated, human message and the place it applies to
// (a file, a server, a row). `detail` keeps the driver's own words for a log
// or a "Details" button.
struct Error
{
    ErrorCode code = ErrorCode::QueryFailed;
    QString message;
    QString where;
    QString detail;

    // One paragraph for a message box or a terminal.
    QString text() const;
};

template<typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, const QString &message,
                                   const QString &where = {}, const QString &detail = {})
{
    return std::unexpected(Error{code, message, where, detail});
}

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected(std::move(error));
}

} // namespace fairwell
