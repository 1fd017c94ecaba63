// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "sqldialect.h"

#include <QString>

class QSqlError;

namespace fairwell {

// Turns a query error from Qt's driver into an Error in words, by the
// driver's codes (SQLSTATE on PostgreSQL, SQLite's extended result codes),
// never by its words: a server abroad speaks another language.
class SqlErrorTranslator
{
    // Shares the translation context of the Database it speaks for.
    Q_DECLARE_TR_FUNCTIONS(fairwell::Database)

public:
    // `statement` is the SQL that failed, if known; `connectionBroken` says
    // the PostgreSQL connection is gone (its errors then carry no code).
    static Error translate(SqlDialect dialect, const QSqlError &error, const QString &statement = {},
                           bool connectionBroken = false);

private:
    static Error sqlite(int code, const QString &statement);
    static Error postgres(const QString &sqlState, const QString &statement, bool connectionBroken);
    static QString uniqueMessage();
    static QString linkMessage(const QString &statement);
    static QString ruleMessage();
    static QString refusedMessage();
};

} // namespace fairwell
