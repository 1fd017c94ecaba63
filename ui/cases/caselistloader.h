// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "services/caselistquery.h"
#include "storage/databasespec.h"

#include <QList>
#include <QObject>

#include <memory>

namespace fairwell {

class Database;

// Runs the case list's SQL on a worker thread with its own connection.
// Lives on that thread: call its functions through a queued
// QMetaObject::invokeMethod, read its answers from its signals. Every
// request carries an id that comes back with the answer, so the asker can
// drop answers it no longer wants.
class CaseListLoader : public QObject
{
    Q_OBJECT

public:
    explicit CaseListLoader(QObject *parent = nullptr);
    ~CaseListLoader() override;

    // Opens a connection of its own (no migrations: the shell has migrated
    // the database and asked about network file systems already).
    void open(quint64 requestId, const DatabaseSpec &spec);
    void close();
    void loadCount(quint64 requestId, const fairwell::CaseListFilter &filter);
    void loadPage(quint64 requestId, const fairwell::CaseListFilter &filter, fairwell::CaseListColumn column,
                  Qt::SortOrder order, int offset, int limit);
    void loadPeople(quint64 requestId);

Q_SIGNALS:
    void opened(quint64 requestId);
    void countLoaded(quint64 requestId, qint64 count);
    void pageLoaded(quint64 requestId, const QList<fairwell::CaseListRow> &rows);
    void peopleLoaded(quint64 requestId, const QList<fairwell::Person> &people);
    void failed(quint64 requestId, const fairwell::Error &error);

private:
    // The database, or the reason there is none.
    Result<Database *> database();

    std::unique_ptr<Database> m_db;
    Error m_openError;
    bool m_openAttempted = false;
};

} // namespace fairwell
