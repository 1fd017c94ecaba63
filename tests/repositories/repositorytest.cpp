// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositorytest.h"

#include "storage/accountrepository.h"
#include "storage/caserepository.h"
#include "storage/userrepository.h"

namespace fairwell::test {

void RepositoryTest::SetUp()
{
    m_scratch = std::make_unique<ScratchDatabase>(GetParam());
    ASSERT_TRUE(m_scratch->error().isEmpty()) << m_scratch->error().toStdString();
    auto opened = m_scratch->open();
    FW_ASSERT_OK(opened);
    m_db = std::move(*opened);
}

std::unique_ptr<Database> RepositoryTest::openOther()
{
    auto other = m_db->openAnother();
    EXPECT_TRUE(other.has_value()) << other.error().text().toStdString();
    return other ? std::move(*other) : nullptr;
}

qint64 RepositoryTest::addUser(const QString &login, const QString &name)
{
    User user;
    user.login = login;
    user.displayName = name;
    auto id = UserRepository(*m_db).add(user);
    EXPECT_TRUE(id.has_value()) << id.error().text().toStdString();
    return id.value_or(0);
}

qint64 RepositoryTest::addAccount(const QString &externalId)
{
    Account account;
    account.externalId = externalId;
    account.name = QStringLiteral("Acme ") + externalId;
    account.plan = QStringLiteral("Team");
    account.customerSince = QDate(2021, 6, 1);
    auto id = AccountRepository(*m_db).add(account);
    EXPECT_TRUE(id.has_value()) << id.error().text().toStdString();
    return id.value_or(0);
}

qint64 RepositoryTest::addCase(qint64 accountId, qint64 ownerId, const QDate &openedOn)
{
    OffboardingCase offboardingCase;
    offboardingCase.accountId = accountId;
    offboardingCase.ownerId = ownerId;
    offboardingCase.openedOn = openedOn;
    auto id = CaseRepository(*m_db).add(offboardingCase, ownerId);
    EXPECT_TRUE(id.has_value()) << id.error().text().toStdString();
    return id.value_or(0);
}

qint64 RepositoryTest::count(const QString &table)
{
    auto query = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    EXPECT_TRUE(query.has_value() && query->next());
    return query ? query->value(0).toLongLong() : -1;
}

} // namespace fairwell::test
