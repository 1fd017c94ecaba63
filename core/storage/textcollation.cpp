// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/textcollation.h"

#include <QCollator>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

namespace fairwell::TextCollation {

namespace {

// SQLite hands UTF-16 in the machine's byte order (SQLITE_UTF16) with
// lengths in bytes. A connection is used by one thread at a time, so each
// gets its own collator.
int compare(void *collator, int leftBytes, const void *left, int rightBytes, const void *right)
{
    const QStringView a(static_cast<const QChar *>(left), leftBytes / 2);
    const QStringView b(static_cast<const QChar *>(right), rightBytes / 2);
    return static_cast<QCollator *>(collator)->compare(a, b);
}

void destroy(void *collator)
{
    delete static_cast<QCollator *>(collator);
}

} // namespace

bool installOnSqlite(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    if (!sqlite)
        return false;
    auto *collator = new QCollator(QLocale(QLocale::English, QLocale::UnitedStates));
    return sqlite3_create_collation_v2(sqlite, sqliteName, SQLITE_UTF16, collator, compare, destroy) == SQLITE_OK;
}

} // namespace fairwell::TextCollation
