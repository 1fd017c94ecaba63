// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactrepository.h"

#include "storage/database.h"
#include "storage/repositorysupport.h"

namespace fairwell {

namespace {

QVariantList contactValues(const Contact &c)
{
    return {c.accountId, c.name, c.email, c.phone, c.title, c.isPrimary};
}

Contact readContact(RowReader &r)
{
    Contact c;
    c.id = r.id();
    c.accountId = r.id();
    c.name = r.text();
    c.email = r.text();
    c.phone = r.text();
    c.title = r.text();
    c.isPrimary = r.boolean();
    return c;
}

const TableMapping<Contact> &mapping()
{
    static const TableMapping<Contact> m{
        QStringLiteral("contacts"),
        {QStringLiteral("account_id"), QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"),
         QStringLiteral("title"), QStringLiteral("is_primary")},
        contactValues,
        readContact,
    };
    return m;
}

} // namespace

ContactRepository::ContactRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> ContactRepository::add(Contact &contact)
{
    return insertRow(m_db, mapping(), contact);
}

Result<Contact> ContactRepository::find(qint64 id)
{
    return findById(m_db, mapping(), id, tr("There is no contact number %1; someone may have deleted it.").arg(id));
}

Status ContactRepository::update(const Contact &contact)
{
    return updateRow(m_db, mapping(), contact,
                     tr("The contact %1 no longer exists; someone may have deleted it. Your change was not saved.")
                         .arg(contact.name));
}

Status ContactRepository::remove(qint64 id)
{
    return sql::removeById(m_db, mapping().table, id, tr("There is no contact number %1 to delete.").arg(id));
}

Result<QList<Contact>> ContactRepository::listForAccount(qint64 accountId)
{
    return fetchAll(m_db, mapping(), QStringLiteral("WHERE account_id = ? ORDER BY is_primary DESC, name, id"),
                    {accountId});
}

Result<Contact> ContactRepository::primaryForAccount(qint64 accountId)
{
    return fetchOne(m_db, mapping(), QStringLiteral("WHERE account_id = ? AND is_primary = ? ORDER BY id LIMIT 1"),
                    {accountId, true}, tr("Account number %1 has no primary contact.").arg(accountId));
}

} // namespace fairwell
