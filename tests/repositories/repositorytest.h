// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "domain/offboardingcase.h"
#include "domain/user.h"
#include "storage/database.h"
#include "testdatabases.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <memory>

namespace fairwell::test {

// A fresh migrated database on the backend of the test's parameter, plus a
// few records most repository tests hang their rows on.
class RepositoryTest : public ::testing::TestWithParam<ScratchDatabase::Backend>
{
protected:
    void SetUp() override;

    Database &db() { return *m_db; }
    // A second connection to the same database, as another person's Fairwell.
    std::unique_ptr<Database> openOther();

    qint64 addUser(const QString &login, const QString &name = QStringLiteral("Anna Berg"));
    qint64 addAccount(const QString &externalId = QStringLiteral("CRM-1"));
    qint64 addCase(qint64 accountId, qint64 ownerId = 0, const QDate &openedOn = QDate(2024, 3, 1));
    qint64 count(const QString &table);

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
};

// An instant with milliseconds, in UTC.
inline QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

} // namespace fairwell::test

// Prints an Error when an expected value is missing.
#define FW_ASSERT_OK(result) ASSERT_TRUE((result).has_value()) << (result).error().text().toStdString()
#define FW_EXPECT_OK(result) EXPECT_TRUE((result).has_value()) << (result).error().text().toStdString()

#define FW_ON_BOTH_BACKENDS(Suite)                                                                                 \
    INSTANTIATE_TEST_SUITE_P(Backends, Suite,                                                                      \
                             ::testing::Values(fairwell::test::ScratchDatabase::Backend::Sqlite,                   \
                                               fairwell::test::ScratchDatabase::Backend::Postgres),                \
                             [](const auto &info) { return fairwell::test::backendName(info.param).toStdString(); })

namespace fairwell::test {

// Two people open the same record (both see version 1); the first save
// wins, the second gets Conflict, and the row keeps the first one's change.
// `change(row, who)` edits a row for person 1 or 2; `holdsFirst(row)`
// checks the stored row.
template<typename Repository, typename Change, typename Check>
void expectSecondSaveConflicts(Database &first, Database &second, qint64 id, Change change, Check holdsFirst)
{
    Repository mine(first);
    Repository theirs(second);
    auto a = mine.find(id);
    auto b = theirs.find(id);
    FW_ASSERT_OK(a);
    FW_ASSERT_OK(b);
    EXPECT_EQ(a->version, 1);
    EXPECT_EQ(b->version, 1);

    change(*a, 1);
    const Status firstSave = mine.update(*a);
    FW_ASSERT_OK(firstSave);
    EXPECT_EQ(a->version, 2);

    change(*b, 2);
    const Status secondSave = theirs.update(*b);
    ASSERT_FALSE(secondSave.has_value());
    EXPECT_EQ(secondSave.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(secondSave.error().message.contains(QStringLiteral("yours was not saved")))
        << secondSave.error().message.toStdString();
    EXPECT_EQ(b->version, 1) << "a refused save leaves the version alone";

    auto stored = mine.find(id);
    FW_ASSERT_OK(stored);
    EXPECT_EQ(stored->version, 2);
    holdsFirst(*stored);
}

} // namespace fairwell::test
