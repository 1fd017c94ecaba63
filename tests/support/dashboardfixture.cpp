// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfixture.h"

#include "storage/database.h"

#include <QDateTime>
#include <QTimeZone>

namespace fairwell::test {

namespace {

struct Row
{
    const char *sql;
    QVariantList values;
};

QVariant day(const char *iso)
{
    return sqlDate(QDate::fromString(QLatin1String(iso), Qt::ISODate));
}

QVariant at(const char *iso)
{
    return sqlInstant(QDateTime::fromString(QLatin1String(iso), Qt::ISODate));
}

QVariant s(const char *text)
{
    return QString::fromUtf8(text);
}

const QVariant none = QVariant(QMetaType::fromType<QString>());
const QVariant noId = QVariant(QMetaType::fromType<qlonglong>());

QList<Row> rows()
{
    const char *user = "INSERT INTO users (id, login, display_name, email, role) VALUES (?, ?, ?, ?, ?)";
    const char *category = "INSERT INTO reason_categories (id, name, position, active) VALUES (?, ?, ?, ?)";
    const char *reason = "INSERT INTO exit_reasons (id, category_id, name, position, active) VALUES (?, ?, ?, ?, ?)";
    const char *account = "INSERT INTO accounts (id, external_id, name, segment, plan, mrr_minor, currency, "
                          "customer_since, owner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    const char *openCase = "INSERT INTO cases (id, account_id, owner_id, status, opened_on, currency) "
                           "VALUES (?, ?, ?, 'open', ?, ?)";
    const char *closedCase = "INSERT INTO cases (id, account_id, owner_id, status, opened_on, closed_on, outcome, "
                             "mrr_lost_minor, currency) VALUES (?, ?, ?, 'closed', ?, ?, ?, ?, ?)";
    const char *task = "INSERT INTO tasks (id, case_id, position, kind, title, status, due_on) "
                       "VALUES (?, ?, ?, 'custom', ?, ?, ?)";
    const char *call = "INSERT INTO calls (id, case_id, user_id, called_at, direction, outcome) "
                       "VALUES (?, ?, ?, ?, 'outbound', 'reached')";
    const char *feedback = "INSERT INTO exit_feedback (id, case_id, primary_reason_id, verbatim, satisfaction) "
                           "VALUES (?, ?, ?, ?, ?)";
    const char *secondary = "INSERT INTO exit_feedback_reasons (feedback_id, reason_id) VALUES (?, ?)";
    const char *note = "INSERT INTO notes (id, case_id, author_id, subject, body, state, message_id) "
                       "VALUES (?, ?, ?, 'Thank you', 'Thank you for everything.', ?, ?)";
    const char *checkin = "INSERT INTO winback_checkins (id, case_id, due_on, assignee_id, status, outcome, "
                          "completed_at, returned_on, new_mrr_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    const QVariant noScore = QVariant(QMetaType::fromType<int>());
    return {
        {user, {9001, s("ann"), s("Ann Archer"), s("ann@example.org"), s("rep")}},
        {user, {9002, s("ben"), s("Ben Brook"), s("ben@example.org"), s("rep")}},
        {user, {9003, s("mia"), s("Mia Moss"), s("mia@example.org"), s("manager")}},
        {category, {9101, s("Price"), 1, true}},
        {category, {9102, s("Product"), 2, true}},
        {reason, {9201, 9101, s("Too expensive"), 1, true}},
        {reason, {9204, 9101, s("Budget cut"), 2, true}},
        {reason, {9202, 9102, s("Missing feature"), 1, true}},
        {reason, {9203, 9102, s("Bugs"), 2, false}},
        {account, {9301, s("A-1"), s("Alpha"), s("smb"), s("basic"), 10000, s("EUR"), day("2020-01-01"), 9001}},
        {account, {9302, s("A-2"), s("Beta"), s("smb"), s("pro"), 20000, s("EUR"), day("2020-01-01"), 9001}},
        {account, {9303, s("A-3"), s("Gamma"), s("mid_market"), s("pro"), 40000, s("EUR"), day("2020-01-01"), 9002}},
        {account, {9304, s("A-4"), s("Delta"), s("enterprise"), s("enterprise"), 50000, s("USD"), day("2020-01-01"), 9002}},
        {account, {9305, s("A-5"), s("Epsilon"), s("smb"), s("basic"), 9000, s("EUR"), day("2020-01-01"), 9001}},
        {account, {9306, s("A-6"), s("Zeta"), s("mid_market"), s("pro"), 30000, s("EUR"), day("2020-01-01"), noId}},
        {account, {9307, s("A-7"), s("Eta"), s("smb"), s("basic"), 8000, s("EUR"), day("2020-01-01"), 9001}},
        {account, {9308, s("A-8"), s("Theta"), s("smb"), s("basic"), 5000, s("EUR"), day("2020-01-01"), 9001}},
        {closedCase, {9501, 9301, 9001, day("2026-01-05"), day("2026-01-20"), s("churned"), 10000, s("EUR")}},
        {closedCase, {9502, 9302, 9001, day("2026-01-10"), day("2026-02-14"), s("churned"), 20000, s("EUR")}},
        {closedCase, {9503, 9303, 9002, day("2026-02-01"), day("2026-02-11"), s("saved"), 0, s("EUR")}},
        {closedCase, {9504, 9304, 9002, day("2026-02-15"), day("2026-03-31"), s("churned"), 50000, s("USD")}},
        {closedCase, {9505, 9305, 9001, day("2026-03-01"), day("2026-03-10"), s("downgraded"), 3000, s("EUR")}},
        {openCase, {9506, 9306, noId, day("2026-03-20"), s("EUR")}},
        {closedCase, {9507, 9307, 9001, day("2025-12-01"), day("2025-12-20"), s("churned"), 7000, s("EUR")}},
        {openCase, {9508, 9308, 9001, day("2026-03-25"), s("EUR")}},
        {closedCase, {9509, 9303, 9002, day("2025-12-15"), day("2026-01-31"), s("paused"), 0, s("EUR")}},
        {task, {9601, 9506, 1, s("Call the customer"), s("open"), day("2026-04-01")}},
        {task, {9602, 9506, 2, s("Export their data"), s("open"), day("2026-05-01")}},
        {task, {9603, 9506, 3, s("Cancel billing"), s("done"), day("2026-03-25")}},
        {task, {9604, 9508, 1, s("Call the customer"), s("open"), day("2026-04-10")}},
        {task, {9605, 9501, 1, s("Send the survey"), s("open"), day("2026-01-25")}},
        {call, {9701, 9501, 9001, at("2026-01-06T09:30:00Z")}},
        {call, {9702, 9501, 9001, at("2026-01-12T16:00:00Z")}},
        {call, {9703, 9502, 9001, at("2026-01-10T23:30:00Z")}},
        {call, {9704, 9504, 9002, at("2026-02-20T10:00:00Z")}},
        {feedback, {9801, 9501, 9201, s("Too pricey for us"), 2}},
        {feedback, {9802, 9502, 9203, s("Crashes every week"), 4}},
        {feedback, {9803, 9503, 9202, s(""), 5}},
        {feedback, {9805, 9505, noId, s("We need fewer seats"), noScore}},
        {feedback, {9807, 9507, 9201, s(""), noScore}},
        {feedback, {9809, 9509, 9202, s("Taking a break over winter"), 3}},
        {secondary, {9801, 9204}},
        {secondary, {9801, 9201}},
        {note, {9851, 9501, 9001, s("sent"), s("<n9851@example.org>")}},
        {note, {9854, 9504, 9002, s("sent"), s("<n9854@example.org>")}},
        {note, {9852, 9502, 9001, s("failed"), s("<n9852@example.org>")}},
        {note, {9857, 9507, 9001, s("sent"), s("<n9857@example.org>")}},
        {checkin, {9901, 9501, day("2026-03-15"), 9001, s("planned"), none, none, none, noId}},
        {checkin, {9907, 9507, day("2026-02-01"), 9001, s("done"), s("returned"), at("2026-02-05T12:00:00Z"),
                   day("2026-02-05"), 8000}},
        {checkin, {9902, 9502, day("2026-03-01"), 9001, s("cancelled"), none, none, none, noId}},
        {checkin, {9904, 9504, day("2026-05-01"), 9002, s("planned"), none, none, none, noId}},
    };
}

} // namespace

Status DashboardFixture::load(Database &db)
{
    return db.write([&db]() -> Status {
        for (const Row &row : rows()) {
            if (auto done = db.exec(QString::fromLatin1(row.sql), row.values); !done)
                return fail(done.error());
        }
        return {};
    });
}

} // namespace fairwell::test

