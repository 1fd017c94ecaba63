// SPDX-License-Identifier: GPL-3.0-or-later
// Every bad-database case of the foundation issue, on a real SQLite file: the
// user gets a clear error that says what and where, and nothing is written.
#include "storage/database.h"
#include "storage/migrator.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace fairwell;

namespace {

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

Database::Options existing()
{
    Database::Options options;
    options.busyTimeoutMs = 100;
    return options;
}

// Makes a migrated database and closes it again.
void createFairwellDatabase(const QString &path)
{
    Database::Options options;
    options.createIfMissing = true;
    auto db = Database::open(DatabaseSpec::sqlite(path), options);
    ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
    // Fold the WAL back so the file alone holds everything.
    ASSERT_TRUE((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).has_value());
}

class SqliteErrors : public ::testing::Test
{
protected:
    QTemporaryDir folder;
    QString path(const QString &name = QStringLiteral("cases.sqlite")) const { return folder.filePath(name); }
};

} // namespace

TEST_F(SqliteErrors, CreatesAndMigratesANewFile)
{
    Database::Options options;
    options.createIfMissing = true;
    auto db = Database::open(DatabaseSpec::sqlite(path()), options);
    ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
    auto version = (*db)->schemaVersion();
    ASSERT_TRUE(version.has_value());
    EXPECT_EQ(*version, Migrator::bundled()->latestVersion());
    auto mode = (*db)->exec(QStringLiteral("PRAGMA journal_mode"));
    ASSERT_TRUE(mode.has_value() && mode->next());
    EXPECT_EQ(mode->value(0).toString(), QStringLiteral("wal"));
    auto keys = (*db)->exec(QStringLiteral("PRAGMA foreign_keys"));
    ASSERT_TRUE(keys.has_value() && keys->next());
    EXPECT_EQ(keys->value(0).toInt(), 1);
}

TEST_F(SqliteErrors, MissingFileIsNotCreatedUnlessAsked)
{
    auto db = Database::open(DatabaseSpec::sqlite(path()), existing());
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::FileMissing);
    EXPECT_TRUE(db.error().where.endsWith(QStringLiteral("cases.sqlite")));
    EXPECT_FALSE(QFile::exists(path()));
}

TEST_F(SqliteErrors, TextFileIsNotADatabaseAndStaysUntouched)
{
    writeFile(path(), "name,segment\nAcme,smb\n");
    const QByteArray before = fingerprint(path());
    auto db = Database::open(DatabaseSpec::sqlite(path()), existing());
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::NotADatabase);
    EXPECT_FALSE(db.error().message.isEmpty());
    EXPECT_TRUE(db.error().where.contains(QStringLiteral("cases.sqlite")));
    EXPECT_EQ(fingerprint(path()), before);
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-wal")));
}

TEST_F(SqliteErrors, DamagedDatabaseIsReportedAsCorrupt)
{
    createFairwellDatabase(path());
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    // Keep the 100-byte header, scribble over the schema page after it.
    file.seek(100);
    file.write(QByteArray(3000, '\xA5'));
    file.close();
    const QByteArray before = fingerprint(path());

    auto db = Database::open(DatabaseSpec::sqlite(path()), existing());
    ASSERT_FALSE(db.has_value());
    EXPECT_TRUE(db.error().code == ErrorCode::Corrupt || db.error().code == ErrorCode::NotADatabase)
        << db.error().text().toStdString();
    EXPECT_TRUE(db.error().where.contains(QStringLiteral("cases.sqlite")));
    EXPECT_EQ(fingerprint(path()), before);
}

TEST_F(SqliteErrors, ReadOnlyFileIsRefusedAndUnchanged)
{
    createFairwellDatabase(path());
    ASSERT_TRUE(QFile::setPermissions(path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = fingerprint(path());
    auto db = Database::open(DatabaseSpec::sqlite(path()), existing());
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::ReadOnly);
    EXPECT_TRUE(db.error().where.contains(QStringLiteral("cases.sqlite")));
    EXPECT_EQ(fingerprint(path()), before);
}

TEST_F(SqliteErrors, ReadOnlyFolderIsRefused)
{
    const QString sub = folder.filePath(QStringLiteral("locked-folder"));
    ASSERT_TRUE(QDir().mkpath(sub));
    const QString file = sub + QStringLiteral("/cases.sqlite");
    createFairwellDatabase(file);
    ASSERT_TRUE(QFile::setPermissions(sub, QFile::ReadOwner | QFile::ExeOwner));
    auto db = Database::open(DatabaseSpec::sqlite(file), existing());
    QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::ReadOnly);
    EXPECT_TRUE(db.error().where.endsWith(QStringLiteral("locked-folder")));
}

TEST_F(SqliteErrors, NetworkFileSystemWarnsAndPointsToSharedMode)
{
    Database::Options options = existing();
    options.createIfMissing = true;
    // No NFS or SMB share can be mounted inside the test sandbox, so the
    // file-system probe is the one part replaced here.
    options.fileSystemProbe = [](const QString &) { return FileSystemInfo{true, QStringLiteral("NFS")}; };
    auto db = Database::open(DatabaseSpec::sqlite(path()), options);
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::NetworkFileSystem);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("NFS")));
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("PostgreSQL")));
    EXPECT_FALSE(QFile::exists(path()));

    options.allowNetworkFileSystem = true;
    auto anyway = Database::open(DatabaseSpec::sqlite(path()), options);
    ASSERT_TRUE(anyway.has_value()) << anyway.error().text().toStdString();
    auto mode = (*anyway)->exec(QStringLiteral("PRAGMA journal_mode"));
    ASSERT_TRUE(mode.has_value() && mode->next());
    EXPECT_EQ(mode->value(0).toString(), QStringLiteral("delete")) << "WAL does not work over a network";
}

TEST(FileSystemProbe, KnowsTheNetworkFileSystems)
{
    EXPECT_TRUE(classifyFileSystemMagic(0x6969).isNetwork);     // NFS
    EXPECT_TRUE(classifyFileSystemMagic(0xFF534D42).isNetwork); // CIFS
    EXPECT_TRUE(classifyFileSystemMagic(0xFE534D42).isNetwork); // SMB2
    EXPECT_FALSE(classifyFileSystemMagic(0xEF53).isNetwork);    // ext4
    EXPECT_FALSE(classifyFileSystemMagic(0x01021994).isNetwork); // tmpfs
    EXPECT_FALSE(probeFileSystem(QDir::tempPath()).isNetwork);
}

TEST_F(SqliteErrors, WriterBlockedByAnotherWriterGetsLocked)
{
    createFairwellDatabase(path());
    auto db = Database::open(DatabaseSpec::sqlite(path()), existing());
    ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();

    // Another program holds the write lock.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
        other.setDatabaseName(path());
        ASSERT_TRUE(other.open());
        QSqlQuery lock(other);
        ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN EXCLUSIVE"))) << lock.lastError().text().toStdString();

        const Status status = (*db)->write([&]() -> Status {
            auto inserted = (*db)->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                                        {QStringLiteral("k"), QStringLiteral("v")});
            if (!inserted)
                return fail(inserted.error());
            return {};
        });
        ASSERT_FALSE(status.has_value());
        EXPECT_EQ(status.error().code, ErrorCode::Locked);
        EXPECT_TRUE(status.error().where.contains(QStringLiteral("cases.sqlite")));
        QSqlQuery(other).exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));

    // Once the other writer is gone, the same write goes through.
    const Status retry = (*db)->write([&]() -> Status {
        auto inserted = (*db)->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                                    {QStringLiteral("k"), QStringLiteral("v")});
        return inserted ? Status{} : fail(inserted.error());
    });
    EXPECT_TRUE(retry.has_value());
}

TEST_F(SqliteErrors, FailedWriteLeavesNothingBehind)
{
    createFairwellDatabase(path());
    auto db = Database::open(DatabaseSpec::sqlite(path()), existing());
    ASSERT_TRUE(db.has_value());
    const Status status = (*db)->write([&]() -> Status {
        auto first = (*db)->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                                 {QStringLiteral("first"), QStringLiteral("1")});
        if (!first)
            return fail(first.error());
        // The same key again violates the primary key: the whole write goes.
        auto second = (*db)->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                                  {QStringLiteral("first"), QStringLiteral("2")});
        return second ? Status{} : fail(second.error());
    });
    ASSERT_FALSE(status.has_value());
    auto count = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = ?"), {QStringLiteral("first")});
    ASSERT_TRUE(count.has_value() && count->next());
    EXPECT_EQ(count->value(0).toInt(), 0);
}

TEST_F(SqliteErrors, ForeignSqliteDatabaseIsLeftAlone)
{
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(path());
        ASSERT_TRUE(other.open());
        ASSERT_TRUE(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    auto db = Database::open(DatabaseSpec::sqlite(path()), existing());
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::NotADatabase);
}
