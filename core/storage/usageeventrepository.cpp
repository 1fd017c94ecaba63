// SPDX-License-Identifier: GPL-3.0-or-later
#include "usageeventrepository.h"

#include "storage/database.h"
#include "storage/repositorysupport.h"

namespace fairwell {

namespace {

QVariantList usageValues(const UsageEvent &e)
{
    return {e.accountId, sqlDate(e.occurredOn), e.logins, e.activeSeats, e.keyActions};
}

UsageEvent readUsage(RowReader &r)
{
    UsageEvent e;
    e.id = r.id();
    e.accountId = r.id();
    e.occurredOn = r.date();
    e.logins = r.integer();
    e.activeSeats = r.integer();
    e.keyActions = r.integer();
    return e;
}

const TableMapping<UsageEvent> &mapping()
{
    static const TableMapping<UsageEvent> m{
        QStringLiteral("usage_events"),
        {QStringLiteral("account_id"), QStringLiteral("occurred_on"), QStringLiteral("logins"),
         QStringLiteral("active_seats"), QStringLiteral("key_actions")},
        usageValues,
        readUsage,
    };
    return m;
}

} // namespace

UsageEventRepository::UsageEventRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> UsageEventRepository::add(UsageEvent &event)
{
    return insertRow(m_db, mapping(), event);
}

Result<qint64> UsageEventRepository::upsert(UsageEvent &event)
{
    qint64 id = 0;
    const Status written = m_db.write([&]() -> Status {
        // Both SQLite (3.24+) and PostgreSQL spell the upsert this way.
        const QString statement = sql::insert(mapping().table, mapping().columns).replace(
            QStringLiteral(" RETURNING id"),
            QStringLiteral(" ON CONFLICT (account_id, occurred_on) DO UPDATE SET logins = excluded.logins, "
                           "active_seats = excluded.active_seats, key_actions = excluded.key_actions RETURNING id"));
        auto inserted = sql::insertReturningId(m_db, statement, storable(usageValues(event)));
        if (!inserted)
            return fail(inserted.error());
        id = *inserted;
        return {};
    });
    if (!written)
        return fail(written.error());
    event.id = id;
    return id;
}

Result<UsageEvent> UsageEventRepository::find(qint64 id)
{
    return findById(m_db, mapping(), id, tr("There are no usage figures number %1.").arg(id));
}

Status UsageEventRepository::update(const UsageEvent &event)
{
    return updateRow(m_db, mapping(), event,
                     tr("These usage figures (number %1) no longer exist; someone may have deleted them.").arg(event.id));
}

Status UsageEventRepository::remove(qint64 id)
{
    return sql::removeById(m_db, mapping().table, id, tr("There are no usage figures number %1 to delete.").arg(id));
}

Result<QList<UsageEvent>> UsageEventRepository::listForAccount(qint64 accountId, const QDate &from, const QDate &to)
{
    return fetchAll(m_db, mapping(),
                    QStringLiteral("WHERE account_id = ? AND occurred_on >= ? AND occurred_on <= ? ORDER BY occurred_on"),
                    {accountId, sqlDate(from), sqlDate(to)});
}

} // namespace fairwell
