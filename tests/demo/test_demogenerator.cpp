// SPDX-License-Identifier: GPL-3.0-or-later
// The demo data generator: same seed, same bytes; the sizes it promises;
// data that keeps the product's rules; cancelling; and refusing a database
// that already holds customers.
#include "demo/demogenerator.h"
#include "storage/database.h"
#include "testdatabases.h"

#include <QCryptographicHash>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace fairwell;
using namespace fairwell::test;

namespace {

const QDate ReferenceDate(2026, 11, 21);

const QStringList &generatedTables()
{
    static const QStringList tables = {
        QStringLiteral("users"),         QStringLiteral("accounts"),         QStringLiteral("contacts"),
        QStringLiteral("reason_categories"), QStringLiteral("exit_reasons"), QStringLiteral("playbooks"),
        QStringLiteral("playbook_steps"), QStringLiteral("note_templates"),  QStringLiteral("cases"),
        QStringLiteral("tasks"),         QStringLiteral("calls"),            QStringLiteral("exit_feedback"),
        QStringLiteral("exit_feedback_reasons"), QStringLiteral("alternatives_offered"), QStringLiteral("notes"),
        QStringLiteral("winback_checkins"), QStringLiteral("usage_events")};
    return tables;
}

std::unique_ptr<Database> openScratch(const ScratchDatabase &scratch)
{
    EXPECT_TRUE(scratch.error().isEmpty()) << scratch.error().toStdString();
    auto opened = scratch.open();
    EXPECT_TRUE(opened.has_value()) << opened.error().text().toStdString();
    return opened ? std::move(*opened) : nullptr;
}

Result<DemoCounts> generateSmall(Database &db, quint64 seed = 20261121)
{
    DemoOptions options;
    options.seed = seed;
    options.referenceDate = ReferenceDate;
    return DemoGenerator::generate(db, options);
}

qint64 count(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto query = db.exec(sql, values);
    EXPECT_TRUE(query.has_value()) << sql.toStdString() << ": "
                                   << (query ? std::string() : query.error().text().toStdString());
    if (!query || !query->next())
        return -1;
    return query->value(0).toLongLong();
}

// A digest of every row of a table, in id order, every column.
QByteArray tableDigest(Database &db, const QString &table)
{
    const QString order = table == QLatin1String("exit_feedback_reasons") ? QStringLiteral("feedback_id, reason_id")
                                                                          : QStringLiteral("id");
    auto query = db.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY ") + order);
    EXPECT_TRUE(query.has_value());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (query && query->next()) {
        const QSqlRecord record = query->record();
        for (int i = 0; i < record.count(); ++i) {
            const QVariant value = query->value(i);
            hash.addData(value.isNull() ? QByteArrayView("\x01NULL") : QByteArrayView(value.toString().toUtf8()));
            hash.addData(QByteArrayView("\x1f"));
        }
        hash.addData(QByteArrayView("\x1e"));
    }
    return hash.result().toHex();
}

class DemoGeneratorTest : public ::testing::TestWithParam<ScratchDatabase::Backend>
{
protected:
    void SetUp() override
    {
        scratch = std::make_unique<ScratchDatabase>(GetParam());
        db = openScratch(*scratch);
        ASSERT_TRUE(db);
    }
    std::unique_ptr<ScratchDatabase> scratch;
    std::unique_ptr<Database> db;
};

} // namespace

TEST(DemoSize, FromName)
{
    EXPECT_EQ(demoSizeFromName(QStringLiteral("small")), DemoSize::Small);
    EXPECT_EQ(demoSizeFromName(QStringLiteral("large")), DemoSize::Large);
    EXPECT_EQ(demoSizeFromName(QStringLiteral(" Large ")), DemoSize::Large);
    EXPECT_FALSE(demoSizeFromName(QStringLiteral("medium")).has_value());
    EXPECT_FALSE(demoSizeFromName(QString()).has_value());
}

TEST(DemoDeterminism, SameSeedGivesTheSameRows)
{
    ScratchDatabase first(ScratchDatabase::Backend::Sqlite);
    ScratchDatabase second(ScratchDatabase::Backend::Sqlite);
    auto a = openScratch(first);
    auto b = openScratch(second);
    ASSERT_TRUE(a && b);
    auto countsA = generateSmall(*a);
    auto countsB = generateSmall(*b);
    ASSERT_TRUE(countsA.has_value()) << countsA.error().text().toStdString();
    ASSERT_TRUE(countsB.has_value()) << countsB.error().text().toStdString();
    for (const QString &table : generatedTables())
        EXPECT_EQ(tableDigest(*a, table), tableDigest(*b, table)) << table.toStdString();
}

TEST(DemoDeterminism, AnotherSeedGivesOtherRows)
{
    ScratchDatabase first(ScratchDatabase::Backend::Sqlite);
    ScratchDatabase second(ScratchDatabase::Backend::Sqlite);
    auto a = openScratch(first);
    auto b = openScratch(second);
    ASSERT_TRUE(a && b);
    ASSERT_TRUE(generateSmall(*a, 1).has_value());
    ASSERT_TRUE(generateSmall(*b, 2).has_value());
    for (const char *table : {"users", "accounts", "cases", "calls", "exit_feedback", "usage_events"})
        EXPECT_NE(tableDigest(*a, QString::fromLatin1(table)), tableDigest(*b, QString::fromLatin1(table))) << table;
    // The default content does not depend on the seed.
    EXPECT_EQ(tableDigest(*a, QStringLiteral("playbook_steps")), tableDigest(*b, QStringLiteral("playbook_steps")));
}

TEST_P(DemoGeneratorTest, SmallSizeCountsMatchTheTables)
{
    auto counts = generateSmall(*db);
    ASSERT_TRUE(counts.has_value()) << counts.error().text().toStdString();
    EXPECT_EQ(counts->users, 12);
    EXPECT_EQ(counts->accounts, 2000);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM users")), counts->users);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM accounts")), counts->accounts);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM cases")), counts->cases);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM calls")), counts->calls);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM notes")), counts->notes);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM usage_events")), counts->usageEvents);
    // About the promised size.
    EXPECT_GE(counts->cases, 450);
    EXPECT_LE(counts->cases, 550);
    EXPECT_GE(counts->calls, 2000);
    EXPECT_LE(counts->calls, 3000);
    EXPECT_GE(counts->notes, 800);
    EXPECT_LE(counts->notes, 1200);
    EXPECT_GE(counts->usageEvents, 18000);
    EXPECT_LE(counts->usageEvents, 22000);
    // Roles: reps, managers and admins.
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'admin'")), 1);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'manager'")), 2);
    // Some work is open now, with contract ends in the coming weeks.
    EXPECT_GE(count(*db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'open' AND effective_on > ?"),
                    {sqlDate(ReferenceDate)}),
              10);
}

TEST_P(DemoGeneratorTest, DataKeepsTheProductsRules)
{
    ASSERT_TRUE(generateSmall(*db).has_value());
    Database &d = *db;
    // Closed cases have an outcome and closed after they opened; open ones
    // have neither.
    EXPECT_EQ(count(d, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'closed' AND "
                                      "(outcome IS NULL OR closed_on IS NULL OR closed_on <= opened_on)")),
              0);
    EXPECT_EQ(count(d, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'open' AND "
                                      "(outcome IS NOT NULL OR closed_on IS NOT NULL)")),
              0);
    EXPECT_EQ(count(d, QStringLiteral("SELECT COUNT(*) FROM cases WHERE owner_id IS NULL OR playbook_id IS NULL")), 0);
    EXPECT_EQ(count(d, QStringLiteral("SELECT COUNT(*) FROM cases WHERE opened_on >= ? OR opened_on < ?"),
                    {sqlDate(ReferenceDate), sqlDate(ReferenceDate.addYears(-3).addDays(-1))}),
              0);
    // Mostly churned; some saved, downgraded or paused.
    const qint64 closed = count(d, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'closed'"));
    const qint64 churned = count(d, QStringLiteral("SELECT COUNT(*) FROM cases WHERE outcome = 'churned'"));
    EXPECT_GT(churned * 2, closed);
    for (const char *outcome : {"saved", "downgraded", "paused"})
        EXPECT_GT(count(d, QStringLiteral("SELECT COUNT(*) FROM cases WHERE outcome = ?"), {QString::fromLatin1(outcome)}),
                  0)
            << outcome;

    // Win-back check-ins only where the customer agreed.
    EXPECT_GT(count(d, QStringLiteral("SELECT COUNT(*) FROM winback_checkins")), 0);
    EXPECT_EQ(count(d, QStringLiteral("SELECT COUNT(*) FROM winback_checkins w LEFT JOIN exit_feedback f "
                                      "ON f.case_id = w.case_id WHERE f.id IS NULL OR f.may_contact_later = ?"),
                    {false}),
              0);
    // Alternatives: offered sometimes, mostly not taken up, never required.
    EXPECT_GT(count(d, QStringLiteral("SELECT COUNT(*) FROM alternatives_offered WHERE response = 'declined'")), 0);
    EXPECT_EQ(count(d, QStringLiteral("SELECT COUNT(*) FROM tasks WHERE kind = 'alternative_conversation' "
                                      "AND required = ?"),
                    {true}),
              0);

    // Every task made from a step comes from the case's own playbook, and
    // every step of that playbook became exactly one task.
    EXPECT_EQ(count(d, QStringLiteral("SELECT COUNT(*) FROM tasks t JOIN cases c ON c.id = t.case_id "
                                      "JOIN playbook_steps s ON s.id = t.step_id WHERE s.playbook_id <> c.playbook_id "
                                      "OR s.kind <> t.kind OR s.title <> t.title")),
              0);
    EXPECT_EQ(count(d, QStringLiteral("SELECT COUNT(*) FROM cases c JOIN playbook_steps s ON s.playbook_id = "
                                      "c.playbook_id WHERE (SELECT COUNT(*) FROM tasks t WHERE t.case_id = c.id "
                                      "AND t.step_id = s.id) <> 1")),
              0);
    // The other tasks are follow-ups a call asked for.
    EXPECT_EQ(count(d, QStringLiteral("SELECT COUNT(*) FROM tasks t WHERE t.step_id IS NULL AND NOT EXISTS "
                                      "(SELECT 1 FROM calls k WHERE k.follow_up_task_id = t.id)")),
              0);
    // Closed cases have nothing left open.
    EXPECT_EQ(count(d, QStringLiteral("SELECT COUNT(*) FROM tasks t JOIN cases c ON c.id = t.case_id "
                                      "WHERE c.status = 'closed' AND t.status = 'open'")),
              0);

    // The enterprise playbook (highest priority) takes every enterprise case.
    EXPECT_EQ(count(d, QStringLiteral("SELECT COUNT(*) FROM cases c JOIN accounts a ON a.id = c.account_id "
                                      "JOIN playbooks p ON p.id = c.playbook_id WHERE a.segment = 'enterprise' "
                                      "AND p.name <> 'Enterprise farewell'")),
              0);
    EXPECT_GT(count(d, QStringLiteral("SELECT COUNT(DISTINCT playbook_id) FROM cases")), 2);

    // Returning customers point to an earlier case of the same account.
    EXPECT_GT(count(d, QStringLiteral("SELECT COUNT(*) FROM cases WHERE returned_from_case_id IS NOT NULL")), 0);
    EXPECT_EQ(count(d, QStringLiteral("SELECT COUNT(*) FROM cases c JOIN cases o ON o.id = c.returned_from_case_id "
                                      "WHERE o.account_id <> c.account_id OR o.opened_on >= c.opened_on "
                                      "OR o.outcome <> 'churned'")),
              0);

    // Feedback: primary reasons from the taxonomy, their own words,
    // satisfaction 1-5, competitors where they switched.
    EXPECT_EQ(count(d, QStringLiteral("SELECT COUNT(*) FROM exit_feedback WHERE verbatim = '' OR primary_reason_id "
                                      "IS NULL")),
              0);
    EXPECT_GT(count(d, QStringLiteral("SELECT COUNT(*) FROM exit_feedback WHERE competitor <> ''")), 0);
    EXPECT_GT(count(d, QStringLiteral("SELECT COUNT(*) FROM exit_feedback_reasons")), 0);
    EXPECT_GT(count(d, QStringLiteral("SELECT COUNT(DISTINCT verbatim) FROM exit_feedback")) * 10,
              count(d, QStringLiteral("SELECT COUNT(*) FROM exit_feedback")) * 8);
    // Thank-you notes, mostly sent, merge fields filled in.
    const qint64 notes = count(d, QStringLiteral("SELECT COUNT(*) FROM notes"));
    EXPECT_GT(count(d, QStringLiteral("SELECT COUNT(*) FROM notes WHERE state = 'sent'")) * 10, notes * 8);
    EXPECT_EQ(count(d, QStringLiteral("SELECT COUNT(*) FROM notes WHERE body LIKE '%{{%'")), 0);
    // Usage history: no day twice for an account (the schema also says so).
    EXPECT_EQ(count(d, QStringLiteral("SELECT COUNT(*) FROM (SELECT account_id, occurred_on FROM usage_events "
                                      "GROUP BY account_id, occurred_on HAVING COUNT(*) > 1) x")),
              0);
}

TEST_P(DemoGeneratorTest, NewRowsAfterGeneratingGetFreshIds)
{
    ASSERT_TRUE(generateSmall(*db).has_value());
    auto added = db->exec(QStringLiteral("INSERT INTO accounts (external_id, name, segment, plan, customer_since) "
                                         "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                          {QStringLiteral("NEW-1"), QStringLiteral("New"), QStringLiteral("smb"),
                           QStringLiteral("Team"), sqlDate(ReferenceDate)});
    ASSERT_TRUE(added.has_value() && added->next()) << (added ? "" : added.error().text().toStdString());
    EXPECT_EQ(added->value(0).toLongLong(), 2001);
}

TEST_P(DemoGeneratorTest, CancelFromProgressGivesCancelledAndRemovesTheRows)
{
    DemoOptions options;
    options.referenceDate = ReferenceDate;
    int calls = 0;
    options.progress = [&](int percent, const QString &stage) {
        EXPECT_FALSE(stage.isEmpty());
        EXPECT_GE(percent, 0);
        EXPECT_LE(percent, 100);
        ++calls;
        return percent < 30; // cancel while the cases are being written
    };
    auto counts = DemoGenerator::generate(*db, options);
    ASSERT_FALSE(counts.has_value());
    EXPECT_EQ(counts.error().code, ErrorCode::Cancelled);
    EXPECT_GT(calls, 2);
    for (const char *table : {"accounts", "contacts", "cases", "tasks", "calls", "notes", "usage_events", "users"})
        EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table)), 0) << table;
    // The default content stays; a second run succeeds.
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM playbooks")), 4);
    auto again = generateSmall(*db);
    ASSERT_TRUE(again.has_value()) << again.error().text().toStdString();
    EXPECT_EQ(again->accounts, 2000);
}

TEST_P(DemoGeneratorTest, RefusesADatabaseThatHoldsAccounts)
{
    ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO accounts (external_id, name, segment, plan, customer_since) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {QStringLiteral("A-1"), QStringLiteral("Acme"), QStringLiteral("smb"), QStringLiteral("Team"),
                          sqlDate(QDate(2022, 1, 1))})
                    .has_value());
    auto counts = generateSmall(*db);
    ASSERT_FALSE(counts.has_value());
    EXPECT_EQ(counts.error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(counts.error().message.isEmpty());
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM accounts")), 1);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM users")), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoGeneratorTest,
                         ::testing::Values(ScratchDatabase::Backend::Sqlite, ScratchDatabase::Backend::Postgres),
                         [](const auto &info) { return backendName(info.param).toStdString(); });
