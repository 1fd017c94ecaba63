// SPDX-License-Identifier: GPL-3.0-or-later
// Who may upgrade a shared PostgreSQL database: only the role owning
// Fairwell's tables. An ordinary login is refused with a clear error and the
// schema is left exactly as it was; once the owner has upgraded, the login
// opens it. Members of fairwell_team read, add and change rows, never
// delete them, also in tables the owner adds later.
#include "migrationtesting.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "testdatabases.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace fairwell;
using namespace fairwell::test;

namespace {

const QString kPassword = QStringLiteral("not-the-owner");

class PostgresRights : public ::testing::Test
{
protected:
    void SetUp() override
    {
        scratch = std::make_unique<ScratchDatabase>(ScratchDatabase::Backend::Postgres);
        ASSERT_TRUE(scratch->error().isEmpty()) << scratch->error().toStdString();
    }

    void TearDown() override
    {
        // Roles belong to the whole server; the database goes with `scratch`.
        for (const QString &role : std::as_const(roles)) {
            EXPECT_EQ(runAsSuperuser(scratch->spec(), QStringLiteral("DROP OWNED BY %1").arg(role)), QString());
            EXPECT_EQ(runAsSuperuser(scratch->spec(), QStringLiteral("DROP ROLE %1").arg(role)), QString());
        }
    }

    // A login that may connect to the scratch database and nothing else yet.
    QString createLogin(const QString &prefix, const QString &extra = {})
    {
        const QString role = QStringLiteral("%1_%2").arg(prefix).arg(QRandomGenerator::global()->bounded(1000000000));
        const QString created = runAsSuperuser(
            scratch->spec(), QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' %3").arg(role, kPassword, extra));
        EXPECT_EQ(created, QString());
        if (created.isEmpty())
            roles.append(role);
        EXPECT_EQ(runAsSuperuser(scratch->spec(), QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2")
                                                      .arg(scratch->spec().databaseName, role)),
                  QString());
        return role;
    }

    Result<std::unique_ptr<Database>> openAs(const QString &role) const
    {
        DatabaseSpec spec = scratch->spec();
        spec.user = role;
        spec.password = kPassword;
        return Database::open(spec);
    }

    void migrateAsOwner(int version) const
    {
        auto owner = scratch->open(false);
        ASSERT_TRUE(owner.has_value()) << owner.error().text().toStdString();
        const Status migrated = bundled().migrate(**owner, version);
        ASSERT_TRUE(migrated.has_value()) << migrated.error().text().toStdString();
    }

    std::unique_ptr<ScratchDatabase> scratch;
    QStringList roles;
};

} // namespace

TEST_F(PostgresRights, AnOrdinaryLoginIsRefusedAnUpgradeAndNothingChanges)
{
    ASSERT_GT(latestVersion(), 3);
    migrateAsOwner(3);
    const QString reader = createLogin(QStringLiteral("fw_reader"));
    ASSERT_EQ(runAsSuperuser(scratch->spec(), QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1")
                                                  .arg(reader)),
              QString());
    const QString before = postgresCatalog(scratch->spec());
    ASSERT_TRUE(before.contains(QStringLiteral("version 3 case_list_indexes"))) << before.toStdString();

    {
        auto refused = openAs(reader);
        ASSERT_FALSE(refused.has_value()) << "a login that does not own the tables upgraded them";
        const Error &error = refused.error();
        EXPECT_EQ(error.code, ErrorCode::UpgradeRefused);
        EXPECT_TRUE(error.message.contains(QStringLiteral("upgrade to schema version %1").arg(latestVersion())))
            << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(QStringLiteral("(it is at version 3)"))) << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(QStringLiteral("\"%1\"").arg(PostgresServer::fromEnvironment().user)))
            << "names the owner role: " << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(QStringLiteral("\"%1\"").arg(reader))) << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(QStringLiteral("Nothing was changed.")));
        EXPECT_TRUE(error.where.contains(scratch->spec().databaseName)) << error.where.toStdString();
    }
    EXPECT_EQ(postgresCatalog(scratch->spec()), before) << "the schema is exactly as it was";

    // Once the owner has upgraded, the same login opens it.
    migrateAsOwner(-1);
    EXPECT_NE(postgresCatalog(scratch->spec()), before) << "the comparison sees an upgrade";
    auto opened = openAs(reader);
    ASSERT_TRUE(opened.has_value()) << opened.error().text().toStdString();
    auto version = (*opened)->schemaVersion();
    ASSERT_TRUE(version.has_value());
    EXPECT_EQ(*version, latestVersion());
}

TEST_F(PostgresRights, AnOrdinaryLoginMayNotCreateTheTablesInAnEmptyDatabase)
{
    const QString reader = createLogin(QStringLiteral("fw_reader"));
    const QString before = postgresCatalog(scratch->spec());
    {
        auto refused = openAs(reader);
        ASSERT_FALSE(refused.has_value());
        EXPECT_EQ(refused.error().code, ErrorCode::UpgradeRefused);
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("\"%1\"").arg(reader)))
            << refused.error().message.toStdString();
    }
    EXPECT_EQ(postgresCatalog(scratch->spec()), before);
    EXPECT_FALSE(before.contains(QStringLiteral("relation "))) << before.toStdString();
}

TEST_F(PostgresRights, TeamMembersReadAndWriteButNeverDelete)
{
    // The group role belongs to the whole test server and stays: other
    // scratch databases migrated after this get its grants too, harmlessly.
    const QString team = runAsSuperuser(scratch->spec(), QStringLiteral(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fairwell_team') THEN "
        "CREATE ROLE fairwell_team NOLOGIN; END IF; END $$"));
    ASSERT_TRUE(team.isEmpty() || team.contains(QStringLiteral("already exists"))) << team.toStdString();
    const QString member = createLogin(QStringLiteral("fw_member"), QStringLiteral("IN ROLE fairwell_team"));
    migrateAsOwner(-1);

    auto opened = openAs(member);
    ASSERT_TRUE(opened.has_value()) << opened.error().text().toStdString();
    Database &db = **opened;
    AccountRepository accounts(db);
    Account account;
    account.externalId = QStringLiteral("CRM-1");
    account.name = QStringLiteral("Acme");
    account.plan = QStringLiteral("Team");
    account.customerSince = QDate(2021, 6, 1);
    auto added = accounts.add(account);
    ASSERT_TRUE(added.has_value()) << added.error().text().toStdString();
    account.name = QStringLiteral("Acme Ltd");
    const Status updated = accounts.update(account);
    ASSERT_TRUE(updated.has_value()) << updated.error().text().toStdString();

    const Status removed = accounts.remove(account.id);
    ASSERT_FALSE(removed.has_value());
    EXPECT_EQ(removed.error().code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(accounts.find(account.id).has_value());
    auto altered = db.exec(QStringLiteral("ALTER TABLE accounts ADD COLUMN nickname TEXT"));
    ASSERT_FALSE(altered.has_value()) << "a member does not own the tables";

    // A table the owner adds later is the team's too.
    ASSERT_EQ(runAsSuperuser(scratch->spec(),
                             QStringLiteral("CREATE TABLE later_things (id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                                            "PRIMARY KEY, label TEXT NOT NULL)")),
              QString());
    EXPECT_TRUE(db.exec(QStringLiteral("INSERT INTO later_things (label) VALUES (?)"), {QStringLiteral("x")})
                    .has_value());
    EXPECT_TRUE(db.exec(QStringLiteral("UPDATE later_things SET label = ?"), {QStringLiteral("y")}).has_value());
    auto deleted = db.exec(QStringLiteral("DELETE FROM later_things"));
    ASSERT_FALSE(deleted.has_value());
    EXPECT_EQ(deleted.error().code, ErrorCode::PermissionDenied);
}
