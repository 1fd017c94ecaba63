// SPDX-License-Identifier: GPL-3.0-or-later
// Two Fairwells in two processes on one SQLite file, both quoting the same
// case version at the same moment: exactly one change is saved, the other
// desk hears Conflict.
#include "caseworktest.h"

#include "storage/caserepository.h"

#include <QDateTime>
#include <QProcess>

using namespace fairwell;
using namespace fairwell::test;

namespace {

class CaseWorkProcesses : public CaseWorkTest
{
protected:
    // Starts both writers at once; their exit codes.
    std::pair<int, int> race(qint64 caseId, int version, const char *first, const char *second)
    {
        const QString startAt = QString::number(QDateTime::currentMSecsSinceEpoch() + 1500);
        QProcess a, b;
        const auto args = [&](qint64 user, const char *action) {
            return QStringList{m_scratch->spec().path, QString::number(caseId), QString::number(version),
                               QString::number(user), QString::fromLatin1(action), startAt};
        };
        a.start(QStringLiteral(FAIRWELL_CASEWORK_WRITER), args(m_anna, first));
        b.start(QStringLiteral(FAIRWELL_CASEWORK_WRITER), args(m_maria, second));
        EXPECT_TRUE(a.waitForFinished(30000));
        EXPECT_TRUE(b.waitForFinished(30000));
        m_output = QString::fromLocal8Bit(a.readAllStandardError() + b.readAllStandardError());
        return {a.exitCode(), b.exitCode()};
    }

    QString m_output;
};

} // namespace

TEST_P(CaseWorkProcesses, TwoProcessesClosingAndLoggingOnOneVersionOneWins)
{
    const qint64 caseId = startCase();
    const int version = versionOf(caseId);
    const auto [close, call] = race(caseId, version, "close", "call");
    EXPECT_EQ((close == 0) + (call == 0), 1) << "exactly one saved: " << close << ", " << call << "\n"
                                             << m_output.toStdString();
    EXPECT_EQ((close == 2) + (call == 2), 1) << "the other heard Conflict:\n" << m_output.toStdString();
    EXPECT_TRUE(m_output.contains(QStringLiteral("Nothing was changed"))) << m_output.toStdString();
    EXPECT_EQ(versionOf(caseId), version + 1);
    auto c = CaseRepository(db()).find(caseId);
    FW_ASSERT_OK(c);
    EXPECT_EQ(c->status == CaseStatus::Closed, close == 0);
    EXPECT_EQ(count(QStringLiteral("calls")), call == 0 ? 1 : 0);
}

TEST_P(CaseWorkProcesses, TwoProcessesClosingOnOneVersionOneWins)
{
    const qint64 caseId = startCase();
    const int version = versionOf(caseId);
    const auto [first, second] = race(caseId, version, "close", "close");
    EXPECT_EQ((first == 0) + (second == 0), 1) << m_output.toStdString();
    EXPECT_EQ((first == 2) + (second == 2), 1) << m_output.toStdString();
    EXPECT_TRUE(m_output.contains(QStringLiteral("closed the case as saved"))) << m_output.toStdString();
    EXPECT_EQ(versionOf(caseId), version + 1);
    EXPECT_EQ(count(QStringLiteral("audit_log WHERE entity = 'case' AND after_json LIKE '%case_closed%'")), 1);
}

// One SQLite file shared by two processes; PostgreSQL's side of the race is
// test_casework's TwoConnectionsQuotingOneVersionOneWins.
INSTANTIATE_TEST_SUITE_P(Backends, CaseWorkProcesses, ::testing::Values(ScratchDatabase::Backend::Sqlite),
                         [](const auto &info) { return backendName(info.param).toStdString(); });
