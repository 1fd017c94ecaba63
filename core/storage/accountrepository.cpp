// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountrepository.h"

#include "storage/database.h"
#include "storage/repositorysupport.h"

namespace fairwell {

namespace {

QVariantList accountValues(const Account &a)
{
    return {a.externalId, a.name,       sqlEnum(a.segment),   a.plan,     a.mrrMinor,
            a.currency,   sqlDate(a.customerSince), a.region, a.language, sqlNullable(a.ownerId),
            sqlInstant(a.createdAt), sqlInstant(a.updatedAt)};
}

Account readAccount(RowReader &r)
{
    Account a;
    a.id = r.id();
    a.externalId = r.text();
    a.name = r.text();
    a.segment = r.enumValue(Segment::Smb);
    a.plan = r.text();
    a.mrrMinor = r.int64();
    a.currency = r.text();
    a.customerSince = r.date();
    a.region = r.text();
    a.language = r.text();
    a.ownerId = r.id();
    a.createdAt = r.instant();
    a.updatedAt = r.instant();
    return a;
}

const TableMapping<Account> &mapping()
{
    static const TableMapping<Account> m{
        QStringLiteral("accounts"),
        {QStringLiteral("external_id"), QStringLiteral("name"), QStringLiteral("segment"), QStringLiteral("plan"),
         QStringLiteral("mrr_minor"), QStringLiteral("currency"), QStringLiteral("customer_since"),
         QStringLiteral("region"), QStringLiteral("language"), QStringLiteral("owner_id"),
         QStringLiteral("created_at"), QStringLiteral("updated_at")},
        accountValues,
        readAccount,
    };
    return m;
}

} // namespace

AccountRepository::AccountRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> AccountRepository::add(Account &account)
{
    return insertRow(m_db, mapping(), account);
}

Result<Account> AccountRepository::find(qint64 id)
{
    return findById(m_db, mapping(), id,
                    tr("There is no account number %1 in this database; someone may have deleted it.").arg(id));
}

Result<Account> AccountRepository::findByExternalId(const QString &externalId)
{
    return fetchOne(m_db, mapping(), QStringLiteral("WHERE external_id = ?"), {externalId},
                    tr("There is no account with the external id \"%1\".").arg(externalId));
}

Status AccountRepository::update(Account &account)
{
    return updateRow(
        m_db, mapping(), account,
        tr("The account \"%1\" no longer exists; someone may have deleted it. Your change was not saved.")
            .arg(account.name));
}

Status AccountRepository::remove(qint64 id)
{
    return sql::removeById(m_db, mapping().table, id, tr("There is no account number %1 to delete.").arg(id));
}

Result<QList<Account>> AccountRepository::listForOwner(qint64 ownerId)
{
    return fetchAll(m_db, mapping(), QStringLiteral("WHERE owner_id = ? ORDER BY ") + m_db.alphabetical(QStringLiteral("name")) + QStringLiteral(", id"), {ownerId});
}

} // namespace fairwell
