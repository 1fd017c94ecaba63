// SPDX-License-Identifier: GPL-3.0-or-later
// The default taxonomy, playbooks and templates on both backends: what they
// hold, that installing twice changes nothing, and that a broken file is
// named in a clear error instead of a crash.
#include "demo/defaultcontent.h"
#include "notes/templaterenderer.h"
#include "storage/database.h"
#include "testdatabases.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace fairwell;
using namespace fairwell::test;

namespace {

class DefaultContentTest : public ::testing::TestWithParam<ScratchDatabase::Backend>
{
protected:
    void SetUp() override
    {
        scratch = std::make_unique<ScratchDatabase>(GetParam());
        ASSERT_TRUE(scratch->error().isEmpty()) << scratch->error().toStdString();
        auto opened = scratch->open();
        ASSERT_TRUE(opened.has_value()) << opened.error().text().toStdString();
        db = std::move(*opened);
    }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        auto query = db->exec(sql, values);
        EXPECT_TRUE(query.has_value()) << sql.toStdString();
        if (!query || !query->next())
            return -1;
        return query->value(0).toLongLong();
    }

    std::unique_ptr<ScratchDatabase> scratch;
    std::unique_ptr<Database> db;
};

// A copy of the embedded defaults in a folder, with one file replaced.
QString copyDefaultsWith(const QTemporaryDir &folder, const QString &name, const QByteArray &content)
{
    for (const char *file : {"taxonomy.json", "playbooks.json", "templates.json"}) {
        const QString fileName = QString::fromLatin1(file);
        QFile::copy(DefaultContent::resourceFolder() + QLatin1Char('/') + fileName, folder.filePath(fileName));
        QFile::setPermissions(folder.filePath(fileName), QFile::ReadOwner | QFile::WriteOwner);
    }
    QFile replaced(folder.filePath(name));
    replaced.open(QIODevice::WriteOnly | QIODevice::Truncate);
    replaced.write(content);
    return folder.path();
}

} // namespace

TEST_P(DefaultContentTest, InstallsTaxonomyPlaybooksAndTemplates)
{
    ASSERT_TRUE(DefaultContent::install(*db).has_value());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM reason_categories")), 8);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM exit_reasons")), 26);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM playbooks")), 4);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM playbook_steps")), 27);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM note_templates")), 4);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM note_templates WHERE language = 'de'")), 2);
    // Every category has reasons, and the reasons the brief names are there.
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM reason_categories c WHERE NOT EXISTS "
                                   "(SELECT 1 FROM exit_reasons r WHERE r.category_id = c.id)")),
              0);
    for (const char *reason : {"Switched to a competitor", "Business closed", "Merger or acquisition", "Budget cut",
                               "Missing a feature we need", "Onboarding did not get us going"})
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM exit_reasons WHERE name = ?"),
                        {QString::fromLatin1(reason)}),
                  1)
            << reason;
}

TEST_P(DefaultContentTest, InstallingTwiceChangesNothing)
{
    ASSERT_TRUE(DefaultContent::install(*db).has_value());
    auto second = DefaultContent::install(*db);
    ASSERT_TRUE(second.has_value()) << second.error().text().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM reason_categories")), 8);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM exit_reasons")), 26);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM playbooks")), 4);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM playbook_steps")), 27);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM note_templates")), 4);
}

TEST_P(DefaultContentTest, LeavesAnAdminsOwnContentAlone)
{
    ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO note_templates (name, subject, body) VALUES (?, ?, ?)"),
                         {QStringLiteral("Ours"), QStringLiteral("Thanks"), QStringLiteral("Thank you.")})
                    .has_value());
    ASSERT_TRUE(DefaultContent::install(*db).has_value());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM note_templates")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM playbooks")), 4);
}

TEST_P(DefaultContentTest, PlaybookStepsAreOrderedAndFollowThePrinciples)
{
    ASSERT_TRUE(DefaultContent::install(*db).has_value());
    auto playbooks = db->exec(QStringLiteral("SELECT id, name FROM playbooks ORDER BY id"));
    ASSERT_TRUE(playbooks.has_value());
    // Read them all first: PostgreSQL drops an unfinished result when
    // another statement runs on the connection.
    QList<std::pair<qint64, std::string>> all;
    while (playbooks->next())
        all.append({playbooks->value(0).toLongLong(), playbooks->value(1).toString().toStdString()});
    EXPECT_EQ(all.size(), 4);
    for (const auto &[id, name] : all) {
        auto steps = db->exec(QStringLiteral("SELECT position, kind, required, title FROM playbook_steps "
                                             "WHERE playbook_id = ? ORDER BY position"),
                              {id});
        ASSERT_TRUE(steps.has_value());
        int expected = 1;
        QStringList kinds;
        while (steps->next()) {
            EXPECT_EQ(steps->value(0).toInt(), expected++) << name;
            const QString kind = steps->value(1).toString();
            kinds.append(kind);
            EXPECT_FALSE(steps->value(3).toString().isEmpty()) << name;
            // Leaving is easy: an alternative is never required, and a
            // win-back check-in needs the customer's permission.
            if (kind == QLatin1String("alternative_conversation") || kind == QLatin1String("winback_checkin")) {
                EXPECT_FALSE(steps->value(2).toBool()) << name << " " << kind.toStdString();
            }
        }
        EXPECT_GE(expected, 5) << name;
        for (const char *kind : {"thank_you_note", "data_export", "billing_chore", "exit_survey"})
            EXPECT_TRUE(kinds.contains(QString::fromLatin1(kind))) << name << " lacks " << kind;
    }
    // The rule-less playbook catches every case the others do not.
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM playbooks WHERE match_segment IS NULL AND match_plan IS NULL "
                                   "AND match_mrr_min_minor IS NULL AND match_mrr_max_minor IS NULL "
                                   "AND match_reason_category_id IS NULL")),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM playbooks p JOIN reason_categories c "
                                   "ON c.id = p.match_reason_category_id WHERE c.name = 'Business changes'")),
              1);
}

TEST_P(DefaultContentTest, TemplatesCarryMergeFields)
{
    ASSERT_TRUE(DefaultContent::install(*db).has_value());
    auto templates = db->exec(QStringLiteral("SELECT name, subject, body FROM note_templates"));
    ASSERT_TRUE(templates.has_value());
    int seen = 0;
    while (templates->next()) {
        ++seen;
        const std::string name = templates->value(0).toString().toStdString();
        ASSERT_TRUE(TemplateRenderer::parse(templates->value(1).toString()).has_value()) << name;
        auto body = TemplateRenderer::parse(templates->value(2).toString());
        ASSERT_TRUE(body.has_value()) << name << ": " << body.error().text().toStdString();
        for (const char *field : {"contact.first_name", "account.name", "rep.signature", "rep.name", "export.link",
                                  "export.directions"})
            EXPECT_TRUE(body->fields().contains(QString::fromLatin1(field))) << name << " lacks " << field;
    }
    EXPECT_EQ(seen, 4);
}

TEST_P(DefaultContentTest, BrokenTemplateIsNamedAndWritesNothing)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = copyDefaultsWith(
        folder, QStringLiteral("templates.json"),
        R"({"templates": [{"name": "Oops", "subject": "Thanks {{contact.first_name", "body": "Hi"}]})");
    auto installed = DefaultContent::install(*db, path, {});
    ASSERT_FALSE(installed.has_value());
    EXPECT_EQ(installed.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(installed.error().message.contains(QLatin1String("\"Oops\"")))
        << installed.error().text().toStdString();
    EXPECT_TRUE(installed.error().message.contains(QLatin1String("Line 1, column 8")))
        << installed.error().text().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM reason_categories")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM note_templates")), 0);
}

TEST_P(DefaultContentTest, MalformedJsonIsAClearErrorAndWritesNothing)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = copyDefaultsWith(folder, QStringLiteral("playbooks.json"), "{ \"playbooks\": [ { ");
    auto installed = DefaultContent::install(*db, path, {});
    ASSERT_FALSE(installed.has_value());
    EXPECT_EQ(installed.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(installed.error().where.contains(QLatin1String("playbooks.json")))
        << installed.error().text().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM reason_categories")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM playbooks")), 0);
}

TEST_P(DefaultContentTest, UnknownStepKindIsNamed)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = copyDefaultsWith(
        folder, QStringLiteral("playbooks.json"),
        R"({"playbooks": [{"name": "P", "match": {}, "steps": [{"kind": "guilt_trip", "title": "Make them stay"}]}]})");
    auto installed = DefaultContent::install(*db, path, {});
    ASSERT_FALSE(installed.has_value());
    EXPECT_EQ(installed.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(installed.error().message.contains(QLatin1String("guilt_trip")))
        << installed.error().text().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM note_templates")), 0);
}

TEST_P(DefaultContentTest, MoneyBoundThatIsNotWholeMinorUnitsIsNamed)
{
    for (const char *bound : {"\"5000\"", "12.5", "-100"}) {
        QTemporaryDir folder;
        ASSERT_TRUE(folder.isValid());
        const QByteArray playbooks = QByteArray(R"({"playbooks": [{"name": "Big accounts", "match": {"mrr_min_minor": )")
                                     + bound + R"(}, "steps": [{"kind": "personal_call", "title": "Call"}]}]})";
        const QString path = copyDefaultsWith(folder, QStringLiteral("playbooks.json"), playbooks);
        auto installed = DefaultContent::install(*db, path, {});
        ASSERT_FALSE(installed.has_value()) << bound;
        EXPECT_EQ(installed.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(installed.error().message.contains(QLatin1String("mrr_min_minor")))
            << installed.error().text().toStdString();
        EXPECT_TRUE(installed.error().message.contains(QLatin1String("Big accounts")));
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM playbooks")), 0);
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, DefaultContentTest,
                         ::testing::Values(ScratchDatabase::Backend::Sqlite, ScratchDatabase::Backend::Postgres),
                         [](const auto &info) { return backendName(info.param).toStdString(); });
