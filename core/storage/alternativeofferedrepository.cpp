// SPDX-License-Identifier: GPL-3.0-or-later
#include "alternativeofferedrepository.h"

#include "storage/database.h"
#include "storage/repositorysupport.h"

namespace fairwell {

namespace {

QVariantList alternativeValues(const AlternativeOffered &a)
{
    return {a.caseId, sqlEnum(a.kind), a.description, sqlEnum(a.response), sqlNullable(a.offeredBy),
            sqlInstant(a.offeredAt)};
}

AlternativeOffered readAlternative(RowReader &r)
{
    AlternativeOffered a;
    a.id = r.id();
    a.caseId = r.id();
    a.kind = r.enumValue(AlternativeKind::Pause);
    a.description = r.text();
    a.response = r.enumValue(AlternativeResponse::Thinking);
    a.offeredBy = r.id();
    a.offeredAt = r.instant();
    return a;
}

const TableMapping<AlternativeOffered> &mapping()
{
    static const TableMapping<AlternativeOffered> m{
        QStringLiteral("alternatives_offered"),
        {QStringLiteral("case_id"), QStringLiteral("kind"), QStringLiteral("description"), QStringLiteral("response"),
         QStringLiteral("offered_by"), QStringLiteral("offered_at")},
        alternativeValues,
        readAlternative,
    };
    return m;
}

} // namespace

AlternativeOfferedRepository::AlternativeOfferedRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> AlternativeOfferedRepository::add(AlternativeOffered &alternative)
{
    AlternativeOffered saved = alternative;
    if (!saved.offeredAt.isValid())
        saved.offeredAt = QDateTime::currentDateTimeUtc();
    auto id = insertRow(m_db, mapping(), saved);
    if (id)
        alternative = saved;
    return id;
}

Result<AlternativeOffered> AlternativeOfferedRepository::find(qint64 id)
{
    return findById(m_db, mapping(), id, tr("There is no offered alternative number %1.").arg(id));
}

Status AlternativeOfferedRepository::update(const AlternativeOffered &alternative)
{
    return updateRow(m_db, mapping(), alternative,
                     tr("This offered alternative (number %1) no longer exists; someone may have deleted it.")
                         .arg(alternative.id));
}

Status AlternativeOfferedRepository::remove(qint64 id)
{
    return sql::removeById(m_db, mapping().table, id,
                           tr("There is no offered alternative number %1 to delete.").arg(id));
}

Result<QList<AlternativeOffered>> AlternativeOfferedRepository::listForCase(qint64 caseId)
{
    return fetchAll(m_db, mapping(), QStringLiteral("WHERE case_id = ? ORDER BY offered_at, id"), {caseId});
}

} // namespace fairwell
