// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include "domain/exitfeedback.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>

namespace fairwell {

class Database;

// Reads and writes exit feedback with its secondary reasons, always
// together in one transaction.
class ExitFeedbackRepository
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::ExitFeedbackRepository)

public:
    explicit ExitFeedbackRepository(Database &db);

    // Fills in the new id (and recordedAt when empty); the secondary reason
    // ids come back sorted and without repeats.
    Result<qint64> add(ExitFeedback &feedback);
    Result<ExitFeedback> find(qint64 id);
    // NotFound when the case has no feedback yet.
    Result<ExitFeedback> findForCase(qint64 caseId);
    // Replaces the secondary reasons with the feedback's list.
    Status update(ExitFeedback &feedback);
    Status remove(qint64 id);

    // The feedback's columns and secondary reasons as the audit log keeps them.
    static QJsonObject auditFields(const ExitFeedback &feedback);

private:
    Result<ExitFeedback> withReasons(Result<ExitFeedback> feedback);
    Status saveReasons(const ExitFeedback &feedback);

    Database &m_db;
};

} // namespace fairwell
