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
    // The server refused the password, or asked for one and none was given.
    AuthenticationFailed,
    // The server refused the user before any password was checked: no such
    // role, or its access rules (pg_hba.conf) do not admit it from here.
    UserRefused,
    DatabaseMissing,
    PermissionDenied,
    Conflict,
    NotFound,
    // A value breaks a rule of the data (required, in range, well formed).
    InvalidInput,
    // A value that must be unique is taken already.
    UniqueViolation,
    // A linked record is missing, or a record to delete is still in use.
    ForeignKeyViolation,
    // A concurrent change to the same data won; the whole change may be
    // tried again (Database::writeSerializable does so by itself).
    SerializationFailure,
    DiskFull,
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
