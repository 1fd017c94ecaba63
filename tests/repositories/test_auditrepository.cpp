// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositorytest.h"

#include "storage/auditrepository.h"

#include <QJsonObject>

using namespace fairwell;
using namespace fairwell::test;

namespace {

class AuditRepositoryTest : public RepositoryTest
{
};

} // namespace

TEST_P(AuditRepositoryTest, RecordsAndListsOldestFirst)
{
    const qint64 admin = addUser(QStringLiteral("root"), QStringLiteral("Ada Admin"));
    AuditRepository audit(db());
    QJsonObject before{{QStringLiteral("name"), QStringLiteral("Old")}};
    QJsonObject after{{QStringLiteral("name"), QStringLiteral("New \"quoted\"")}};
    auto first = audit.record(QStringLiteral("playbook"), 7, AuditAction::Update, before, after, admin);
    FW_ASSERT_OK(first);
    auto second = audit.record(QStringLiteral("playbook"), 7, AuditAction::Delete, after, {}, 0);
    FW_ASSERT_OK(second);
    FW_ASSERT_OK(audit.record(QStringLiteral("playbook"), 8, AuditAction::Insert, {}, after, 0));

    auto entries = audit.listForEntity(QStringLiteral("playbook"), 7);
    FW_ASSERT_OK(entries);
    ASSERT_EQ(entries->size(), 2);
    EXPECT_EQ(entries->at(0).id, *first);
    EXPECT_EQ(entries->at(0).userId, admin);
    EXPECT_EQ(entries->at(0).beforeJson, QStringLiteral(R"({"name":"Old"})"));
    EXPECT_EQ(entries->at(0).afterJson, QStringLiteral(R"({"name":"New \"quoted\""})"));
    EXPECT_EQ(entries->at(1).action, AuditAction::Delete);
    EXPECT_EQ(entries->at(1).userId, 0);
    EXPECT_TRUE(entries->at(1).afterJson.isEmpty());

    auto summary = audit.lastChangeSummary(QStringLiteral("playbook"), 7);
    FW_ASSERT_OK(summary);
    EXPECT_FALSE(summary->contains(QStringLiteral("Ada Admin"))) << "the last change was the system's";
    auto byAda = audit.find(*first);
    FW_ASSERT_OK(byAda);
    EXPECT_EQ(byAda->entity, QStringLiteral("playbook"));
    EXPECT_EQ(byAda->entityId, 7);

    auto missing = audit.find(*second + 100);
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

FW_ON_BOTH_BACKENDS(AuditRepositoryTest);
