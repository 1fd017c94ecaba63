// SPDX-License-Identifier: GPL-3.0-or-later
#include "exitreasonrepository.h"

#include "storage/database.h"
#include "storage/repositorysupport.h"

namespace fairwell {

namespace {

QVariantList reasonValues(const ExitReason &e)
{
    return {e.categoryId, e.name, e.position, e.active};
}

ExitReason readReason(RowReader &r)
{
    ExitReason e;
    e.id = r.id();
    e.categoryId = r.id();
    e.name = r.text();
    e.position = r.integer();
    e.active = r.boolean();
    return e;
}

const TableMapping<ExitReason> &mapping()
{
    static const TableMapping<ExitReason> m{
        QStringLiteral("exit_reasons"),
        {QStringLiteral("category_id"), QStringLiteral("name"), QStringLiteral("position"), QStringLiteral("active")},
        reasonValues,
        readReason,
    };
    return m;
}

// Category order without a join, so the column names stay unambiguous.
const QString categoryOrder = QStringLiteral(
    "ORDER BY (SELECT c.position FROM reason_categories c WHERE c.id = exit_reasons.category_id), category_id, "
    "position, name, id");

} // namespace

ExitReasonRepository::ExitReasonRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> ExitReasonRepository::add(ExitReason &reason)
{
    return insertRow(m_db, mapping(), reason);
}

Result<ExitReason> ExitReasonRepository::find(qint64 id)
{
    return findById(m_db, mapping(), id, tr("There is no exit reason number %1.").arg(id));
}

Status ExitReasonRepository::update(const ExitReason &reason)
{
    return updateRow(m_db, mapping(), reason,
                     tr("The exit reason \"%1\" no longer exists; someone may have deleted it.").arg(reason.name));
}

Status ExitReasonRepository::remove(qint64 id)
{
    return sql::removeById(m_db, mapping().table, id, tr("There is no exit reason number %1 to delete.").arg(id));
}

Result<QList<ExitReason>> ExitReasonRepository::listForCategory(qint64 categoryId, bool activeOnly)
{
    if (activeOnly)
        return fetchAll(m_db, mapping(),
                        QStringLiteral("WHERE category_id = ? AND active = ? ORDER BY position, name, id"),
                        {categoryId, true});
    return fetchAll(m_db, mapping(), QStringLiteral("WHERE category_id = ? ORDER BY position, name, id"),
                    {categoryId});
}

Result<QList<ExitReason>> ExitReasonRepository::list(bool activeOnly)
{
    if (activeOnly)
        return fetchAll(m_db, mapping(), QStringLiteral("WHERE active = ? ") + categoryOrder, {true});
    return fetchAll(m_db, mapping(), categoryOrder);
}

} // namespace fairwell
