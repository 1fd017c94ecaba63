// SPDX-License-Identifier: GPL-3.0-or-later
#include "reasoncategoryrepository.h"

#include "storage/database.h"
#include "storage/repositorysupport.h"

namespace fairwell {

namespace {

QVariantList categoryValues(const ReasonCategory &c)
{
    return {c.name, c.position, c.active};
}

ReasonCategory readCategory(RowReader &r)
{
    ReasonCategory c;
    c.id = r.id();
    c.name = r.text();
    c.position = r.integer();
    c.active = r.boolean();
    return c;
}

const TableMapping<ReasonCategory> &mapping()
{
    static const TableMapping<ReasonCategory> m{
        QStringLiteral("reason_categories"),
        {QStringLiteral("name"), QStringLiteral("position"), QStringLiteral("active")},
        categoryValues,
        readCategory,
    };
    return m;
}

} // namespace

ReasonCategoryRepository::ReasonCategoryRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> ReasonCategoryRepository::add(ReasonCategory &category)
{
    return insertRow(m_db, mapping(), category);
}

Result<ReasonCategory> ReasonCategoryRepository::find(qint64 id)
{
    return findById(m_db, mapping(), id, tr("There is no reason category number %1.").arg(id));
}

Status ReasonCategoryRepository::update(const ReasonCategory &category)
{
    return updateRow(m_db, mapping(), category,
                     tr("The reason category \"%1\" no longer exists; someone may have deleted it.")
                         .arg(category.name));
}

Status ReasonCategoryRepository::remove(qint64 id)
{
    return sql::removeById(m_db, mapping().table, id,
                           tr("There is no reason category number %1 to delete.").arg(id));
}

Result<QList<ReasonCategory>> ReasonCategoryRepository::list(bool activeOnly)
{
    if (activeOnly)
        return fetchAll(m_db, mapping(), QStringLiteral("WHERE active = ? ORDER BY position, name, id"), {true});
    return fetchAll(m_db, mapping(), QStringLiteral("ORDER BY position, name, id"));
}

} // namespace fairwell
