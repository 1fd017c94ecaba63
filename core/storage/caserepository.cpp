// SPDX-License-Identifier: GPL-3.0-or-later
#include "caserepository.h"

#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/repositorysupport.h"

namespace fairwell {

namespace {

QVariantList caseValues(const OffboardingCase &c)
{
    return {c.accountId,
            sqlNullable(c.ownerId),
            sqlNullable(c.playbookId),
            sqlEnum(c.origin),
            sqlEnum(c.status),
            sqlDate(c.openedOn),
            sqlDate(c.effectiveOn),
            sqlDate(c.closedOn),
            sqlEnum(c.outcome),
            c.mrrLostMinor,
            c.currency,
            sqlNullable(c.returnedFromCaseId),
            sqlInstant(c.createdAt),
            sqlInstant(c.updatedAt)};
}

OffboardingCase readCase(RowReader &r)
{
    OffboardingCase c;
    c.id = r.id();
    c.accountId = r.id();
    c.ownerId = r.id();
    c.playbookId = r.id();
    c.origin = r.enumValue(CaseOrigin::Notice);
    c.status = r.enumValue(CaseStatus::Open);
    c.openedOn = r.date();
    c.effectiveOn = r.date();
    c.closedOn = r.date();
    c.outcome = r.optionalEnum<CaseOutcome>();
    c.mrrLostMinor = r.int64();
    c.currency = r.text();
    c.returnedFromCaseId = r.id();
    c.createdAt = r.instant();
    c.updatedAt = r.instant();
    c.version = r.integer();
    return c;
}

const TableMapping<OffboardingCase> &mapping()
{
    static const TableMapping<OffboardingCase> m{
        QStringLiteral("cases"),
        {QStringLiteral("account_id"), QStringLiteral("owner_id"), QStringLiteral("playbook_id"),
         QStringLiteral("origin"), QStringLiteral("status"), QStringLiteral("opened_on"),
         QStringLiteral("effective_on"), QStringLiteral("closed_on"), QStringLiteral("outcome"),
         QStringLiteral("mrr_lost_minor"), QStringLiteral("currency"), QStringLiteral("returned_from_case_id"),
         QStringLiteral("created_at"), QStringLiteral("updated_at")},
        caseValues,
        readCase,
    };
    return m;
}

} // namespace

CaseRepository::CaseRepository(Database &db)
    : m_db(db)
{
}

QString CaseRepository::auditEntity()
{
    return QStringLiteral("case");
}

Result<qint64> CaseRepository::add(OffboardingCase &offboardingCase, qint64 actingUserId)
{
    OffboardingCase saved = offboardingCase;
    const Status written = m_db.write([&]() -> Status {
        auto id = insertRow(m_db, mapping(), saved);
        if (!id)
            return fail(id.error());
        auto audited = AuditRepository(m_db).record(auditEntity(), saved.id, AuditAction::Insert, {},
                                                    auditFields(mapping().columns, caseValues(saved)), actingUserId);
        if (!audited)
            return fail(audited.error());
        return {};
    });
    if (!written)
        return fail(written.error());
    offboardingCase = saved;
    return saved.id;
}

Result<OffboardingCase> CaseRepository::find(qint64 id)
{
    return findById(m_db, mapping(), id,
                    tr("There is no case number %1 in this database; someone may have deleted it.").arg(id));
}

Result<OffboardingCase> CaseRepository::findForUpdate(qint64 id)
{
    const QString tail = m_db.isPostgres() ? QStringLiteral("WHERE id = ? FOR UPDATE") : QStringLiteral("WHERE id = ?");
    return fetchOne(m_db, mapping(), tail, {id},
                    tr("There is no case number %1 in this database; someone may have deleted it.").arg(id));
}

Status CaseRepository::update(OffboardingCase &offboardingCase, qint64 actingUserId, const QJsonObject &change)
{
    OffboardingCase changed = offboardingCase;
    const Status written = m_db.write([&]() -> Status {
        // Read inside the transaction: when the version still matches, this
        // is exactly the case the user started from.
        auto before = find(changed.id);
        const auto conflict = [&](bool stillExists) {
            if (!stillExists)
                return tr("Someone else deleted this case since you opened it. Yours was not saved.");
            auto who = AuditRepository(m_db).lastChangeSummary(auditEntity(), changed.id);
            const QString detail = who && !who->isEmpty() ? *who : tr("case %1").arg(changed.id);
            return tr("Someone else changed this case since you opened it (%1). Reload it to see their change; "
                      "yours was not saved.")
                .arg(detail);
        };
        if (!before) {
            if (before.error().code == ErrorCode::NotFound)
                return fail(ErrorCode::Conflict, conflict(false), m_db.spec().displayName());
            return fail(before.error());
        }
        if (auto updated = updateVersionedRow(m_db, mapping(), changed, conflict); !updated)
            return updated;
        FieldChanges changes = changedFields(mapping().columns, caseValues(*before), caseValues(changed));
        if (!change.isEmpty()) {
            changes.before.insert(QStringLiteral("version"), before->version);
            changes.after.insert(QStringLiteral("version"), changed.version);
            for (auto it = change.begin(); it != change.end(); ++it)
                changes.after.insert(it.key(), it.value());
        }
        if (changes.isEmpty())
            return {};
        auto audited = AuditRepository(m_db).record(auditEntity(), changed.id, AuditAction::Update, changes.before,
                                                    changes.after, actingUserId);
        if (!audited)
            return fail(audited.error());
        return {};
    });
    if (!written)
        return written;
    offboardingCase = changed;
    return {};
}

Status CaseRepository::remove(qint64 id, qint64 actingUserId)
{
    return m_db.write([&]() -> Status {
        auto before = find(id);
        if (!before)
            return fail(before.error());
        if (auto removed = sql::removeById(m_db, mapping().table, id, {}); !removed)
            return removed;
        auto audited = AuditRepository(m_db).record(auditEntity(), id, AuditAction::Delete,
                                                    auditFields(mapping().columns, caseValues(*before)), {},
                                                    actingUserId);
        if (!audited)
            return fail(audited.error());
        return {};
    });
}

Result<QList<OffboardingCase>> CaseRepository::listForAccount(qint64 accountId)
{
    return fetchAll(m_db, mapping(), QStringLiteral("WHERE account_id = ? ORDER BY opened_on DESC, id DESC"),
                    {accountId});
}

Result<QList<OffboardingCase>> CaseRepository::listForOwner(qint64 ownerId, CaseStatus status)
{
    return fetchAll(m_db, mapping(),
                    QStringLiteral("WHERE owner_id = ? AND status = ? "
                                   "ORDER BY effective_on IS NULL, effective_on, opened_on, id"),
                    {ownerId, sqlEnum(status)});
}

} // namespace fairwell
