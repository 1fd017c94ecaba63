// SPDX-License-Identifier: GPL-3.0-or-later
// TaxonomyService on both backends: the active reason tree and the active
// playbooks the workspace's dialogs choose from.
#include "../repositories/repositorytest.h"

#include "services/peopleservice.h"
#include "services/taxonomyservice.h"
#include "session/servicecontext.h"
#include "storage/exitreasonrepository.h"
#include "storage/playbookrepository.h"
#include "storage/reasoncategoryrepository.h"
#include "storage/userrepository.h"

using namespace fairwell;
using namespace fairwell::test;

namespace {

class TaxonomyServiceTest : public RepositoryTest
{
protected:
    Actor actorFor(qint64 userId)
    {
        auto user = UserRepository(db()).find(userId);
        EXPECT_TRUE(user.has_value());
        return user ? PeopleService::actorOf(*user) : Actor{};
    }
    qint64 addCategory(const QString &name, int position, bool active = true)
    {
        ReasonCategory c;
        c.name = name;
        c.position = position;
        c.active = active;
        auto id = ReasonCategoryRepository(db()).add(c);
        EXPECT_TRUE(id.has_value()) << id.error().text().toStdString();
        return id.value_or(0);
    }
    qint64 addReason(qint64 categoryId, const QString &name, int position, bool active = true)
    {
        ExitReason r;
        r.categoryId = categoryId;
        r.name = name;
        r.position = position;
        r.active = active;
        auto id = ExitReasonRepository(db()).add(r);
        EXPECT_TRUE(id.has_value()) << id.error().text().toStdString();
        return id.value_or(0);
    }
    qint64 addPlaybook(const QString &name, int priority, bool active)
    {
        Playbook p;
        p.name = name;
        p.priority = priority;
        p.active = active;
        auto id = PlaybookRepository(db()).add(p);
        EXPECT_TRUE(id.has_value()) << id.error().text().toStdString();
        return id.value_or(0);
    }

    JobControl m_control;
};

} // namespace

TEST_P(TaxonomyServiceTest, ActiveReasonsComeInCategoryThenReasonOrder)
{
    const Actor actor = actorFor(addUser(QStringLiteral("anna")));
    const qint64 product = addCategory(QStringLiteral("Product"), 2);
    const qint64 price = addCategory(QStringLiteral("Price"), 1);
    const qint64 retiredCategory = addCategory(QStringLiteral("Retired"), 0, false);
    const qint64 missingFeature = addReason(product, QStringLiteral("Missing feature"), 2);
    const qint64 bugs = addReason(product, QStringLiteral("Technical issues"), 1);
    addReason(product, QStringLiteral("Old reason"), 0, false);
    const qint64 tooExpensive = addReason(price, QStringLiteral("Too expensive"), 1);
    addReason(retiredCategory, QStringLiteral("Still active, but its category is not"), 1);

    ServiceContext context{db(), actor, m_control};
    auto reasons = TaxonomyService(context).activeReasons();
    FW_ASSERT_OK(reasons);
    ASSERT_EQ(reasons->size(), 3);
    EXPECT_EQ(reasons->at(0).id, tooExpensive) << "category position first";
    EXPECT_EQ(reasons->at(0).category, QStringLiteral("Price"));
    EXPECT_EQ(reasons->at(0).categoryId, price);
    EXPECT_EQ(reasons->at(0).name, QStringLiteral("Too expensive"));
    EXPECT_EQ(reasons->at(1).id, bugs) << "then reason position";
    EXPECT_EQ(reasons->at(1).category, QStringLiteral("Product"));
    EXPECT_EQ(reasons->at(1).categoryId, product);
    EXPECT_EQ(reasons->at(2).id, missingFeature);
}

TEST_P(TaxonomyServiceTest, ActivePlaybooksOnlyHighestPriorityFirst)
{
    const Actor actor = actorFor(addUser(QStringLiteral("anna")));
    const qint64 standard = addPlaybook(QStringLiteral("Standard"), 0, true);
    const qint64 enterprise = addPlaybook(QStringLiteral("Enterprise"), 10, true);
    addPlaybook(QStringLiteral("Retired"), 20, false);

    ServiceContext context{db(), actor, m_control};
    auto playbooks = TaxonomyService(context).activePlaybooks();
    FW_ASSERT_OK(playbooks);
    ASSERT_EQ(playbooks->size(), 2);
    EXPECT_EQ(playbooks->at(0).id, enterprise);
    EXPECT_EQ(playbooks->at(1).id, standard);
    EXPECT_EQ(playbooks->at(1).name, QStringLiteral("Standard"));
}

TEST_P(TaxonomyServiceTest, NobodyMayReadWithoutWorking)
{
    addCategory(QStringLiteral("Price"), 1);
    const Actor nobody;
    ServiceContext context{db(), nobody, m_control};
    auto reasons = TaxonomyService(context).activeReasons();
    ASSERT_FALSE(reasons.has_value());
    EXPECT_EQ(reasons.error().code, ErrorCode::PermissionDenied);
    auto playbooks = TaxonomyService(context).activePlaybooks();
    ASSERT_FALSE(playbooks.has_value());
    EXPECT_EQ(playbooks.error().code, ErrorCode::PermissionDenied);
}

FW_ON_BOTH_BACKENDS(TaxonomyServiceTest);
