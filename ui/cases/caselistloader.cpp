// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselistloader.h"

#include "storage/database.h"

namespace fairwell {

CaseListLoader::CaseListLoader(QObject *parent)
    : QObject(parent)
{
    // Answers cross threads in queued signals.
    qRegisterMetaType<fairwell::Error>();
    qRegisterMetaType<QList<fairwell::CaseListRow>>();
    qRegisterMetaType<QList<fairwell::Person>>();
}

CaseListLoader::~CaseListLoader() = default;

void CaseListLoader::open(quint64 requestId, const DatabaseSpec &spec)
{
    m_db.reset();
    m_openAttempted = true;
    Database::Options options;
    options.migrate = false;
    options.allowNetworkFileSystem = true;
    auto db = Database::open(spec, options);
    if (!db) {
        m_openError = db.error();
        Q_EMIT failed(requestId, m_openError);
        return;
    }
    m_db = std::move(*db);
    Q_EMIT opened(requestId);
}

void CaseListLoader::close()
{
    m_db.reset();
    m_openAttempted = false;
}

Result<Database *> CaseListLoader::database()
{
    if (m_db)
        return m_db.get();
    if (m_openAttempted)
        return fail(m_openError);
    return fail(ErrorCode::NotFound, tr("No database is open."));
}

void CaseListLoader::loadCount(quint64 requestId, const CaseListFilter &filter)
{
    auto db = database();
    if (!db) {
        Q_EMIT failed(requestId, db.error());
        return;
    }
    auto count = CaseListQuery(**db).count(filter);
    if (!count) {
        Q_EMIT failed(requestId, count.error());
        return;
    }
    Q_EMIT countLoaded(requestId, *count);
}

void CaseListLoader::loadPage(quint64 requestId, const CaseListFilter &filter, CaseListColumn column,
                              Qt::SortOrder order, int offset, int limit)
{
    auto db = database();
    if (!db) {
        Q_EMIT failed(requestId, db.error());
        return;
    }
    auto rows = CaseListQuery(**db).page(filter, column, order, offset, limit);
    if (!rows) {
        Q_EMIT failed(requestId, rows.error());
        return;
    }
    Q_EMIT pageLoaded(requestId, *rows);
}

void CaseListLoader::loadPeople(quint64 requestId)
{
    auto db = database();
    if (!db) {
        Q_EMIT failed(requestId, db.error());
        return;
    }
    auto people = CaseListQuery(**db).people();
    if (!people) {
        Q_EMIT failed(requestId, people.error());
        return;
    }
    Q_EMIT peopleLoaded(requestId, *people);
}

} // namespace fairwell
