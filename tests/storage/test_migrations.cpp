// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled migrations on both backends: from empty, from each earlier
// version, a populated version-3 database keeping every row through the
// rebuild of version 4, history that cannot be deleted, ids that are never
// handed out twice, and a database newer than the app refused and left
// untouched.
#include "migrationtesting.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "testdatabases.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace fairwell;
using namespace fairwell::test;

namespace {

class Migrations : public ::testing::TestWithParam<ScratchDatabase::Backend>
{
protected:
    void SetUp() override
    {
        scratch = std::make_unique<ScratchDatabase>(GetParam());
        ASSERT_TRUE(scratch->error().isEmpty()) << scratch->error().toStdString();
    }
    bool isSqlite() const { return GetParam() == ScratchDatabase::Backend::Sqlite; }
    std::unique_ptr<ScratchDatabase> scratch;
};

int versionOf(Database &db)
{
    auto version = db.schemaVersion();
    EXPECT_TRUE(version.has_value());
    return version.value_or(-1);
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto query = db.exec(sql, values);
    EXPECT_TRUE(query.has_value()) << sql.toStdString() << ": "
                                   << (query ? std::string() : query.error().text().toStdString());
    if (!query || !query->next())
        return -1;
    return query->value(0).toLongLong();
}

// One row in every table of version 3 (two in some), with NULLs, gaps in
// the ids, text beyond ASCII and a ";" inside a value. Only one open case
// per account: version 4 refuses two.
const char *const kVersion3Rows[] = {
    "INSERT INTO users (id, login, display_name, email, role, active, created_at) VALUES "
    "(1, 'anna', 'Anna Berg', 'anna@example.org', 'rep', TRUE, '2024-01-01T08:00:00.000Z'), "
    "(5, 'ben', 'Ben Öztürk', '', 'manager', FALSE, '2024-01-02T08:00:00.500Z')",
    "INSERT INTO accounts (id, external_id, name, segment, plan, mrr_minor, currency, customer_since, region, "
    "language, owner_id, created_at, updated_at) VALUES "
    "(1, 'CRM-1', 'Acme; Söhne', 'smb', 'Team', 12300, 'EUR', '2021-06-01', 'EU', 'de', 1, "
    "'2024-01-01T09:00:00.000Z', '2024-01-03T09:00:00.000Z'), "
    "(7, 'CRM-7', 'Bolt', 'enterprise', 'Pro', 0, 'USD', '2020-01-01', '', 'en', NULL, "
    "'2024-01-01T09:00:00.000Z', '2024-01-01T09:00:00.000Z')",
    "INSERT INTO contacts (id, account_id, name, email, phone, title, is_primary) VALUES "
    "(1, 1, 'Zed', 'zed@example.org', '+49 30 1234', 'CFO', TRUE)",
    "INSERT INTO reason_categories (id, name, position, active) VALUES (1, 'Price', 1, TRUE), (2, 'Old', 2, FALSE)",
    "INSERT INTO exit_reasons (id, category_id, name, position, active) VALUES "
    "(1, 1, 'Too expensive', 1, TRUE), (2, 1, 'Budget cut', 2, FALSE)",
    "INSERT INTO playbooks (id, name, description, match_segment, match_plan, match_mrr_min_minor, "
    "match_mrr_max_minor, match_reason_category_id, priority, active, version, created_at, updated_at) VALUES "
    "(1, 'Default', 'For everyone', 'smb', NULL, NULL, 100000, 1, 5, TRUE, 2, '2024-01-01T10:00:00.000Z', "
    "'2024-01-05T10:00:00.000Z'), (2, 'Enterprise', '', 'enterprise', 'Pro', 500000, NULL, NULL, 10, FALSE, 1, "
    "'2024-01-02T10:00:00.000Z', '2024-01-02T10:00:00.000Z')",
    "INSERT INTO playbook_steps (id, playbook_id, position, kind, title, help_text, owner_role, due_offset_days, "
    "required) VALUES (1, 1, 1, 'personal_call', 'Call', 'Listen first.', 'rep', 1, TRUE), "
    "(3, 1, 2, 'thank_you_note', 'Thank them', '', 'manager', 3, FALSE)",
    "INSERT INTO cases (id, account_id, owner_id, playbook_id, origin, status, opened_on, effective_on, closed_on, "
    "outcome, mrr_lost_minor, currency, returned_from_case_id, version, created_at, updated_at) VALUES "
    "(1, 1, 1, 1, 'notice', 'closed', '2024-01-10', '2024-02-29', '2024-01-20', 'churned', 12300, 'EUR', NULL, "
    "3, '2024-01-10T08:00:00.000Z', '2024-01-20T08:00:00.000Z'), "
    "(4, 1, 5, NULL, 'at_risk', 'open', '2024-06-01', NULL, NULL, NULL, 0, 'EUR', 1, 1, "
    "'2024-06-01T08:00:00.000Z', '2024-06-01T08:00:00.000Z'), "
    "(6, 7, NULL, NULL, 'notice', 'open', '2024-06-02', '2024-07-31', NULL, NULL, 0, 'USD', NULL, 1, "
    "'2024-06-02T08:00:00.000Z', '2024-06-02T08:00:00.000Z')",
    "INSERT INTO tasks (id, case_id, step_id, position, kind, title, help_text, owner_role, assignee_id, due_on, "
    "required, status, completed_at, completed_by, version) VALUES "
    "(1, 1, 1, 1, 'personal_call', 'Call', 'Listen first.', 'rep', 1, '2024-01-11', TRUE, 'done', "
    "'2024-01-11T09:00:00.000Z', 1, 2), "
    "(2, 4, NULL, 1, 'custom', 'Check usage', '', 'rep', NULL, NULL, FALSE, 'open', NULL, NULL, 1)",
    "INSERT INTO calls (id, case_id, user_id, contact_id, called_at, duration_seconds, direction, outcome, summary, "
    "next_follow_up_on, follow_up_task_id) VALUES "
    "(1, 1, 1, 1, '2024-01-11T09:00:00.123Z', 300, 'outbound', 'reached', 'Talked; fine.', '2024-02-01', 2), "
    "(2, 4, NULL, NULL, '2024-06-02T10:00:00.000Z', 0, 'inbound', 'no_answer', '', NULL, NULL)",
    "INSERT INTO exit_feedback (id, case_id, primary_reason_id, verbatim, satisfaction, competitor, would_return, "
    "may_contact_later, recorded_by, recorded_at) VALUES "
    "(1, 1, 1, 'We loved it, but „the budget“ is gone.', 4, 'Othertool', 'maybe', TRUE, 1, "
    "'2024-01-19T12:00:00.000Z')",
    "INSERT INTO exit_feedback_reasons (feedback_id, reason_id) VALUES (1, 2)",
    "INSERT INTO alternatives_offered (id, case_id, kind, description, response, offered_by, offered_at) VALUES "
    "(1, 1, 'discount', '10% for a year', 'declined', 1, '2024-01-12T12:00:00.000Z')",
    "INSERT INTO note_templates (id, name, language, subject, body, active, version, created_at, updated_at) VALUES "
    "(1, 'Thanks', 'en', 'Thank you', 'Dear {name}', TRUE, 1, '2024-01-01T00:00:00.000Z', "
    "'2024-01-01T00:00:00.000Z')",
    "INSERT INTO notes (id, case_id, template_id, author_id, recipient_name, recipient_email, subject, body, state, "
    "delivery, message_id, attempts, last_error, queued_at, sent_at, version, created_at, updated_at) VALUES "
    "(1, 1, 1, 1, 'Zed', 'zed@example.org', 'Thank you', 'Dear Zed', 'sent', 'smtp', '<m1@example.org>', 1, '', "
    "'2024-01-21T08:00:00.000Z', '2024-01-21T08:00:01.000Z', 2, '2024-01-21T07:00:00.000Z', "
    "'2024-01-21T08:00:01.000Z')",
    "INSERT INTO winback_checkins (id, case_id, due_on, assignee_id, status, outcome, notes, completed_at, version) "
    "VALUES (1, 1, '2024-07-01', 1, 'planned', NULL, '', NULL, 1), "
    "(2, 1, '2024-04-01', NULL, 'done', 'not_yet', 'Maybe next year; call again.', '2024-04-02T10:00:00.000Z', 2)",
    "INSERT INTO usage_events (id, account_id, occurred_on, logins, active_seats, key_actions) VALUES "
    "(1, 1, '2024-01-01', 3, 2, 10), (2, 7, '2024-01-01', 0, 0, 0)",
    "INSERT INTO audit_log (id, occurred_at, user_id, entity, entity_id, action, before_json, after_json) VALUES "
    "(1, '2024-01-10T08:00:00.000Z', 1, 'case', 1, 'insert', '', '{\"status\":\"open\"}'), "
    "(2, '2024-01-20T08:00:00.000Z', NULL, 'case', 1, 'update', '{\"status\":\"open\"}', "
    "'{\"status\":\"closed\"}')",
    "INSERT INTO settings (key, value, updated_at) VALUES ('mail_host', 'smtp.example.org', "
    "'2024-01-01T00:00:00.000Z')",
};

// Every row of every table, column by column, as text, in a stable order.
// `columnsOf` names the columns to read per table (all of them when empty),
// and is filled in.
QMap<QString, QStringList> allRows(Database &db, QMap<QString, QStringList> &columnsOf)
{
    QMap<QString, QStringList> rows;
    auto tables = db.tableNames();
    EXPECT_TRUE(tables.has_value());
    for (const QString &table : tables.value_or(QStringList())) {
        if (table == QLatin1String("schema_version") || table.startsWith(QLatin1String("sqlite_")))
            continue;
        QStringList columns = columnsOf.value(table);
        auto query = db.exec(QStringLiteral("SELECT %1 FROM %2")
                                 .arg(columns.isEmpty() ? QStringLiteral("*") : columns.join(QLatin1String(", ")),
                                      table));
        EXPECT_TRUE(query.has_value()) << table.toStdString();
        if (!query)
            continue;
        if (columns.isEmpty()) {
            const QSqlRecord record = query->record();
            for (int i = 0; i < record.count(); ++i)
                columns.append(record.fieldName(i));
            columnsOf.insert(table, columns);
        }
        QStringList lines;
        while (query->next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i)
                values.append(query->value(i).isNull() ? QStringLiteral("NULL") : query->value(i).toString());
            lines.append(values.join(QLatin1Char('|')));
        }
        lines.sort();
        rows.insert(table, lines);
    }
    return rows;
}

QStringList indexNames(Database &db)
{
    auto query = db.exec(db.isPostgres()
                             ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                                              "AND indexname NOT LIKE '%_pkey'")
                             : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                              "AND name NOT LIKE 'sqlite_autoindex_%'"));
    EXPECT_TRUE(query.has_value());
    QStringList names;
    while (query && query->next())
        names.append(query->value(0).toString());
    names.sort();
    return names;
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST(MigrationFiles, BundledOnesLoadNumberedWithoutGaps)
{
    const Result<Migrator> &bundled = Migrator::bundled();
    ASSERT_TRUE(bundled.has_value()) << bundled.error().text().toStdString();
    const QList<Migration> &migrations = bundled->migrations();
    ASSERT_GE(migrations.size(), 4);
    for (qsizetype i = 0; i < migrations.size(); ++i)
        EXPECT_EQ(migrations.at(i).version, i + 1) << migrations.at(i).name.toStdString();

    const Migration &keepHistory = migrations.at(3);
    EXPECT_EQ(keepHistory.name, QStringLiteral("keep_history"));
    EXPECT_EQ(keepHistory.sqlite.fileName, QStringLiteral("0004_keep_history.sqlite.sql"));
    EXPECT_EQ(keepHistory.postgres.fileName, QStringLiteral("0004_keep_history.postgres.sql"));
    EXPECT_TRUE(keepHistory.sqlite.foreignKeysOff) << "SQLite rebuilds its tables";
    EXPECT_FALSE(keepHistory.postgres.foreignKeysOff);
    EXPECT_EQ(migrations.at(0).sqlite.fileName, migrations.at(0).postgres.fileName) << "one shared file";
}

TEST_P(Migrations, FromEmptyToLatest)
{
    auto db = scratch->open();
    ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
    EXPECT_EQ(versionOf(**db), latestVersion());
    auto tables = (*db)->tableNames();
    ASSERT_TRUE(tables.has_value());
    for (const char *table : {"accounts", "contacts", "users", "cases", "playbooks", "playbook_steps", "tasks",
                              "calls", "exit_feedback", "exit_feedback_reasons", "reason_categories", "exit_reasons",
                              "alternatives_offered", "note_templates", "notes", "winback_checkins",
                              "usage_events", "audit_log", "settings", "schema_version"})
        EXPECT_TRUE(tables->contains(QString::fromLatin1(table))) << table;
}

TEST_P(Migrations, FromEachEarlierVersion)
{
    for (int start = 1; start < latestVersion(); ++start) {
        ScratchDatabase fresh(GetParam());
        ASSERT_TRUE(fresh.error().isEmpty()) << fresh.error().toStdString();
        {
            auto db = fresh.open(false);
            ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
            ASSERT_TRUE(bundled().migrate(**db, start).has_value());
            EXPECT_EQ(versionOf(**db), start);
        }
        auto upgraded = fresh.open(true);
        ASSERT_TRUE(upgraded.has_value()) << upgraded.error().text().toStdString();
        EXPECT_EQ(versionOf(**upgraded), latestVersion()) << "from version " << start;
    }
}

TEST_P(Migrations, MigratingTwiceChangesNothing)
{
    auto db = scratch->open();
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE(bundled().migrate(**db).has_value());
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM schema_version")), latestVersion());
}

TEST_P(Migrations, PopulatedVersion3KeepsEveryRowAndIndex)
{
    auto db = scratch->open(false);
    ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
    // Version 3 as the Fairwell of that time made it (SQLite ids without
    // AUTOINCREMENT).
    MigrationFolder old;
    old.copyBundled(3, GetParam());
    auto before = Migrator::load(old.path());
    ASSERT_TRUE(before.has_value()) << before.error().text().toStdString();
    ASSERT_TRUE(before->migrate(**db).has_value());
    ASSERT_EQ(versionOf(**db), 3);
    for (const char *sql : kVersion3Rows)
        ASSERT_TRUE((*db)->exec(QString::fromUtf8(sql)).has_value()) << sql;

    QMap<QString, QStringList> columns;
    const QMap<QString, QStringList> rowsBefore = allRows(**db, columns);
    const QStringList indexesBefore = indexNames(**db);
    // Every column holds a value somewhere, so a column lost on the way
    // shows.
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        for (const QString &column : it.value())
            EXPECT_GT(scalar(**db, QStringLiteral("SELECT COUNT(%1) FROM %2").arg(column, it.key())), 0)
                << it.key().toStdString() << "." << column.toStdString();
    }

    const Status upgraded = bundled().migrate(**db);
    ASSERT_TRUE(upgraded.has_value()) << upgraded.error().text().toStdString();
    EXPECT_EQ(versionOf(**db), latestVersion());

    QMap<QString, QStringList> rowsAfter = allRows(**db, columns);
    // Version 5's trigram indexes on SQLite are tables (FTS5 and its own).
    for (const QString &table : rowsAfter.keys()) {
        if (isSqlite() && (table.startsWith(QLatin1String("account_search")) || table.startsWith(QLatin1String("case_search"))))
            rowsAfter.remove(table);
    }
    // Version 8 on SQLite: the counts per status, right from the start.
    if (isSqlite()) {
        EXPECT_EQ(rowsAfter.take(QStringLiteral("queue_status_counts")),
                  QStringList({QStringLiteral("closed|%1").arg(scalar(**db, QStringLiteral("SELECT count(*) FROM cases WHERE status = 'closed'"))),
                               QStringLiteral("open|%1").arg(scalar(**db, QStringLiteral("SELECT count(*) FROM cases WHERE status = 'open'")))}));
    }
    EXPECT_EQ(rowsAfter.keys(), rowsBefore.keys());
    for (auto it = rowsBefore.cbegin(); it != rowsBefore.cend(); ++it)
        EXPECT_EQ(rowsAfter.value(it.key()), it.value()) << it.key().toStdString();
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM playbook_steps WHERE archived")), 0);

    QStringList expected = indexesBefore;
    expected.removeAll(QStringLiteral("playbook_steps_playbook_id_position_key")); // PostgreSQL's UNIQUE
    expected << QStringLiteral("cases_one_open_per_account") << QStringLiteral("playbook_steps_position_idx");
    // Version 5: one index per queue sort (the two on (status, date) among
    // them, now with the id), and the search indexes.
    expected.removeAll(QStringLiteral("cases_status_opened_idx"));
    expected.removeAll(QStringLiteral("cases_status_effective_idx"));
    expected.removeAll(QStringLiteral("cases_closed_idx"));
    for (const char *name : {"account", "segment", "plan", "mrr", "owner", "opened", "effective", "days", "next_title",
                             "next_due", "progress", "outcome", "closed", "search"})
        expected << QStringLiteral("cases_queue_%1_idx").arg(QLatin1String(name));
    expected << QStringLiteral("accounts_search_text_idx");
    if (!isSqlite())
        expected << QStringLiteral("accounts_search_prefix_idx") << QStringLiteral("cases_queue_bigram_idx");
    expected << QStringLiteral("audit_entity_time_idx") << QStringLiteral("winback_status_completed_idx"); // version 6
    expected << QStringLiteral("cases_queue_mine_next_due_idx"); // version 8
    if (isSqlite())
        expected << QStringLiteral("cases_queue_search_tail_idx");
    expected << QStringLiteral("notes_due_idx"); // version 9
    for (const char *name : {"cases_dashboard_closed_idx", "cases_dashboard_opened_idx", "exit_feedback_case_reason_idx",
                             "tasks_case_status_due_idx",
                             "notes_case_state_idx", "winback_returned_idx"}) // version 10
        expected << QLatin1String(name);
    expected.sort();
    EXPECT_EQ(indexNames(**db), expected);

    if (isSqlite()) {
        EXPECT_EQ(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                              "AND sql LIKE '%id INTEGER PRIMARY KEY AUTOINCREMENT%'")),
                  17)
            << "every table with an id";
        auto keys = (*db)->exec(QStringLiteral("PRAGMA foreign_keys"));
        ASSERT_TRUE(keys.has_value() && keys->next());
        EXPECT_EQ(keys->value(0).toInt(), 1) << "enforcement is back on after the rebuild";
    }
    // The rebuilt tables still check their rows.
    EXPECT_FALSE((*db)->exec(QStringLiteral("INSERT INTO tasks (case_id, kind, title) VALUES (999, 'custom', 'x')"))
                     .has_value());
}

TEST_P(Migrations, NoForeignKeyDeletesOrBlanksHistory)
{
    auto db = scratch->open();
    ASSERT_TRUE(db.has_value());
    if (isSqlite()) {
        auto tables = (*db)->tableNames();
        ASSERT_TRUE(tables.has_value());
        int keys = 0;
        for (const QString &table : *tables) {
            auto list = (*db)->exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table));
            ASSERT_TRUE(list.has_value());
            while (list->next()) {
                ++keys;
                EXPECT_EQ(list->value(QStringLiteral("on_delete")).toString(), QStringLiteral("RESTRICT"))
                    << table.toStdString() << "." << list->value(QStringLiteral("from")).toString().toStdString();
            }
        }
        EXPECT_EQ(keys, 31);
        return;
    }
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM pg_constraint WHERE contype = 'f' "
                                          "AND connamespace = to_regnamespace(current_schema())")),
              31);
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM pg_constraint WHERE contype = 'f' "
                                          "AND connamespace = to_regnamespace(current_schema()) AND confdeltype <> 'r'")),
              0);
}

TEST_P(Migrations, AnIdIsNeverHandedOutTwice)
{
    auto db = scratch->open();
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE((*db)->exec(QStringLiteral("INSERT INTO accounts (external_id, name, segment, plan, customer_since) "
                                           "VALUES ('A-1', 'A', 'smb', 'Team', '2022-01-01'), "
                                           "('A-2', 'B', 'smb', 'Team', '2022-01-01')"))
                    .has_value());
    const qint64 last = scalar(**db, QStringLiteral("SELECT MAX(id) FROM accounts"));
    ASSERT_TRUE((*db)->exec(QStringLiteral("DELETE FROM accounts WHERE id = ?"), {last}).has_value());
    ASSERT_TRUE((*db)->exec(QStringLiteral("INSERT INTO accounts (external_id, name, segment, plan, customer_since) "
                                           "VALUES ('A-3', 'C', 'smb', 'Team', '2022-01-01')"))
                    .has_value());
    EXPECT_GT(scalar(**db, QStringLiteral("SELECT id FROM accounts WHERE external_id = 'A-3'")), last)
        << "the deleted last row's id stays retired";
}

TEST_P(Migrations, OneOpenCasePerAccount)
{
    auto db = scratch->open();
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE((*db)->exec(QStringLiteral("INSERT INTO accounts (id, external_id, name, segment, plan, "
                                           "customer_since) VALUES (1, 'A-1', 'A', 'smb', 'Team', '2022-01-01')"))
                    .has_value());
    const QString open = QStringLiteral("INSERT INTO cases (account_id, opened_on) VALUES (1, '2024-01-01')");
    const QString closed = QStringLiteral("INSERT INTO cases (account_id, status, opened_on, closed_on, outcome) "
                                          "VALUES (1, 'closed', '2023-01-01', '2023-02-01', 'churned')");
    ASSERT_TRUE((*db)->exec(open).has_value());
    auto second = (*db)->exec(open);
    ASSERT_FALSE(second.has_value()) << "a second open case for the account";
    EXPECT_EQ(second.error().code, ErrorCode::UniqueViolation);
    EXPECT_TRUE((*db)->exec(closed).has_value());
    EXPECT_TRUE((*db)->exec(closed).has_value()) << "closed cases are history: any number";
    ASSERT_TRUE((*db)->exec(QStringLiteral("UPDATE cases SET status = 'closed', closed_on = '2024-02-01', "
                                           "outcome = 'saved' WHERE status = 'open'"))
                    .has_value());
    EXPECT_TRUE((*db)->exec(open).has_value()) << "once the open one is closed, a new one may open";
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM cases")), 4);
}

TEST_P(Migrations, NewerDatabaseIsRefusedAndUntouched)
{
    {
        auto db = scratch->open();
        ASSERT_TRUE(db.has_value());
        ASSERT_TRUE((*db)->exec(QStringLiteral("INSERT INTO schema_version (version, name) VALUES (?, ?)"),
                                {latestVersion() + 1, QStringLiteral("from_the_future")})
                        .has_value());
        if (isSqlite()) { // fold the journal in, so the file alone holds everything
            ASSERT_TRUE((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).has_value());
        }
    }
    const QByteArray fileBefore = isSqlite() ? fileDigest(scratch->spec().path) : QByteArray();
    QString catalogBefore;
    if (!isSqlite()) {
        catalogBefore = postgresCatalog(scratch->spec());
        ASSERT_TRUE(catalogBefore.contains(QStringLiteral("from_the_future"))) << catalogBefore.toStdString();
    }

    auto again = scratch->open();
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, ErrorCode::SchemaTooNew);
    EXPECT_TRUE(again.error().message.contains(QString::number(latestVersion() + 1)));
    auto raw = scratch->open(false);
    ASSERT_FALSE(raw.has_value()) << "refused even without migrating";

    if (isSqlite()) {
        ASSERT_FALSE(fileBefore.isEmpty());
        EXPECT_EQ(fileDigest(scratch->spec().path), fileBefore) << "the file is byte for byte what it was";
    } else {
        EXPECT_EQ(postgresCatalog(scratch->spec()), catalogBefore);
    }
}

TEST_P(Migrations, CaseRulesAreEnforcedByTheSchema)
{
    auto db = scratch->open();
    ASSERT_TRUE(db.has_value());
    auto account = (*db)->exec(QStringLiteral("INSERT INTO accounts (external_id, name, segment, plan, customer_since) "
                                              "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                               {QStringLiteral("A-1"), QStringLiteral("Acme"), QStringLiteral("smb"),
                                QStringLiteral("Team"), sqlDate(QDate(2022, 1, 1))});
    ASSERT_TRUE(account.has_value() && account->next()) << account.error().text().toStdString();
    const qint64 accountId = account->value(0).toLongLong();
    account->finish();

    // A closed case needs an outcome and a close date.
    auto closedWithoutOutcome = (*db)->exec(
        QStringLiteral("INSERT INTO cases (account_id, status, opened_on) VALUES (?, 'closed', ?)"),
        {accountId, sqlDate(QDate(2024, 1, 1))});
    EXPECT_FALSE(closedWithoutOutcome.has_value());

    // An unknown segment is refused.
    auto badSegment = (*db)->exec(QStringLiteral("INSERT INTO accounts (external_id, name, segment, plan, customer_since) "
                                                 "VALUES (?, ?, ?, ?, ?)"),
                                  {QStringLiteral("A-2"), QStringLiteral("B"), QStringLiteral("galactic"),
                                   QStringLiteral("Team"), sqlDate(QDate(2022, 1, 1))});
    EXPECT_FALSE(badSegment.has_value());

    // Foreign keys hold on SQLite too.
    auto orphan = (*db)->exec(QStringLiteral("INSERT INTO cases (account_id, opened_on) VALUES (?, ?)"),
                              {accountId + 1000, sqlDate(QDate(2024, 1, 1))});
    EXPECT_FALSE(orphan.has_value());

    // An account with a case cannot be deleted: the case is history.
    ASSERT_TRUE((*db)->exec(QStringLiteral("INSERT INTO cases (account_id, opened_on) VALUES (?, ?)"),
                            {accountId, sqlDate(QDate(2024, 1, 1))})
                    .has_value());
    auto deleted = (*db)->exec(QStringLiteral("DELETE FROM accounts WHERE id = ?"), {accountId});
    ASSERT_FALSE(deleted.has_value());
    EXPECT_EQ(deleted.error().code, ErrorCode::ForeignKeyViolation);
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM cases")), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, Migrations,
                         ::testing::Values(ScratchDatabase::Backend::Sqlite, ScratchDatabase::Backend::Postgres),
                         [](const auto &info) { return backendName(info.param).toStdString(); });
