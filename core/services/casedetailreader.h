// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "services/casedetail.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace fairwell {

class Database;

// Reads everything the case view shows (CaseDetail) with a few joined
// queries; the caller holds the transaction that makes it one picture.
class CaseDetailReader
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::CaseDetailReader)

public:
    explicit CaseDetailReader(Database &db);

    // `today` decides overdue tasks and the days a case has been open.
    Result<CaseDetail> read(qint64 caseId, const QDate &today);

private:
    Status readHeader(CaseDetail &detail, const QDate &today);
    Status readTasks(CaseDetail &detail, const QDate &today);
    Status readTimeline(CaseDetail &detail);
    // The notes' lines of the timeline; `names` by user id.
    Status readNotes(CaseDetail &detail, const QHash<qint64, QString> &names);

    Database &m_db;
};

} // namespace fairwell
