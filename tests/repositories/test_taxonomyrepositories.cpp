// SPDX-License-Identifier: GPL-3.0-or-later
// The exit-reason taxonomy and exit feedback with its secondary reasons.
#include "repositorytest.h"

#include "storage/exitfeedbackrepository.h"
#include "storage/exitreasonrepository.h"
#include "storage/reasoncategoryrepository.h"

using namespace fairwell;
using namespace fairwell::test;

namespace {

class TaxonomyRepositories : public RepositoryTest
{
protected:
    qint64 addCategory(const QString &name, int position)
    {
        ReasonCategory c;
        c.name = name;
        c.position = position;
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
};

} // namespace

TEST_P(TaxonomyRepositories, CategoriesAndReasonsInTheirOrder)
{
    const qint64 product = addCategory(QStringLiteral("Product"), 2);
    const qint64 price = addCategory(QStringLiteral("Price"), 1);
    const qint64 missingFeature = addReason(product, QStringLiteral("Missing feature"), 2);
    const qint64 bugs = addReason(product, QStringLiteral("Technical issues"), 1);
    const qint64 retired = addReason(product, QStringLiteral("Old reason"), 3, false);
    const qint64 tooExpensive = addReason(price, QStringLiteral("Too expensive"), 1);

    auto categories = ReasonCategoryRepository(db()).list();
    FW_ASSERT_OK(categories);
    ASSERT_EQ(categories->size(), 2);
    EXPECT_EQ(categories->at(0).id, price);
    EXPECT_EQ(categories->at(0).position, 1);
    EXPECT_TRUE(categories->at(0).active);

    ExitReasonRepository reasons(db());
    auto ofProduct = reasons.listForCategory(product);
    FW_ASSERT_OK(ofProduct);
    ASSERT_EQ(ofProduct->size(), 3);
    EXPECT_EQ(ofProduct->at(0).id, bugs);
    EXPECT_EQ(ofProduct->at(1).id, missingFeature);
    EXPECT_EQ(ofProduct->at(2).id, retired);
    EXPECT_FALSE(ofProduct->at(2).active);
    EXPECT_EQ(ofProduct->at(0).categoryId, product);
    EXPECT_EQ(ofProduct->at(0).name, QStringLiteral("Technical issues"));

    auto activeOfProduct = reasons.listForCategory(product, true);
    FW_ASSERT_OK(activeOfProduct);
    EXPECT_EQ(activeOfProduct->size(), 2);

    auto all = reasons.list(true);
    FW_ASSERT_OK(all);
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).id, tooExpensive) << "category order first";
    EXPECT_EQ(all->at(1).id, bugs);
    EXPECT_EQ(all->at(2).id, missingFeature);

    // A category with reasons cannot go (they would be orphaned).
    const Status removed = ReasonCategoryRepository(db()).remove(product);
    ASSERT_FALSE(removed.has_value());
    EXPECT_EQ(removed.error().code, ErrorCode::ForeignKeyViolation);
    EXPECT_TRUE(removed.error().message.contains(QStringLiteral("still in use"))) << removed.error().text().toStdString();

    auto renamed = reasons.find(bugs);
    FW_ASSERT_OK(renamed);
    renamed->name = QStringLiteral("Bugs");
    FW_ASSERT_OK(reasons.update(*renamed));
    EXPECT_EQ(reasons.find(bugs)->name, QStringLiteral("Bugs"));

    ExitReason duplicate;
    duplicate.categoryId = product;
    duplicate.name = QStringLiteral("Missing feature");
    auto refused = reasons.add(duplicate);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::UniqueViolation);
}

TEST_P(TaxonomyRepositories, FeedbackKeepsItsSecondaryReasonsAndReplacesThem)
{
    const qint64 rep = addUser(QStringLiteral("anna"));
    const qint64 caseId = addCase(addAccount());
    const qint64 category = addCategory(QStringLiteral("Product"), 1);
    const qint64 a = addReason(category, QStringLiteral("A"), 1);
    const qint64 b = addReason(category, QStringLiteral("B"), 2);
    const qint64 c = addReason(category, QStringLiteral("C"), 3);

    ExitFeedbackRepository feedbacks(db());
    ExitFeedback f;
    f.caseId = caseId;
    f.primaryReasonId = a;
    f.secondaryReasonIds = {c, b, c};
    f.verbatim = QStringLiteral("We loved it, but „the budget“ is gone.\nSorry!");
    f.satisfaction = 4;
    f.competitor = QStringLiteral("Othertool");
    f.wouldReturn = WouldReturn::Maybe;
    f.mayContactLater = true;
    f.recordedBy = rep;
    f.recordedAt = utc(2024, 3, 10, 9, 0, 0, 250);
    FW_ASSERT_OK(feedbacks.add(f));
    EXPECT_EQ(f.secondaryReasonIds, (QList<qint64>{b, c}));

    auto read = feedbacks.findForCase(caseId);
    FW_ASSERT_OK(read);
    EXPECT_EQ(read->id, f.id);
    EXPECT_EQ(read->primaryReasonId, a);
    EXPECT_EQ(read->secondaryReasonIds, (QList<qint64>{b, c}));
    EXPECT_EQ(read->verbatim, f.verbatim);
    EXPECT_EQ(read->satisfaction, 4);
    EXPECT_EQ(read->competitor, QStringLiteral("Othertool"));
    EXPECT_EQ(read->wouldReturn, WouldReturn::Maybe);
    EXPECT_TRUE(read->mayContactLater);
    EXPECT_EQ(read->recordedBy, rep);
    EXPECT_EQ(read->recordedAt, utc(2024, 3, 10, 9, 0, 0, 250));

    read->secondaryReasonIds = {a};
    read->satisfaction.reset();
    read->primaryReasonId = 0;
    FW_ASSERT_OK(feedbacks.update(*read));
    auto again = feedbacks.find(f.id);
    FW_ASSERT_OK(again);
    EXPECT_EQ(again->secondaryReasonIds, (QList<qint64>{a}));
    EXPECT_FALSE(again->satisfaction.has_value());
    EXPECT_EQ(again->primaryReasonId, 0);
    EXPECT_EQ(count(QStringLiteral("exit_feedback_reasons")), 1);

    // A reason named by feedback cannot be deleted.
    const Status removed = ExitReasonRepository(db()).remove(a);
    ASSERT_FALSE(removed.has_value());
    EXPECT_EQ(removed.error().code, ErrorCode::ForeignKeyViolation);

    // Recorded feedback is history: it cannot be deleted with its reasons.
    const Status feedbackRemoved = feedbacks.remove(f.id);
    ASSERT_FALSE(feedbackRemoved.has_value());
    EXPECT_EQ(feedbackRemoved.error().code, ErrorCode::ForeignKeyViolation);
    EXPECT_EQ(count(QStringLiteral("exit_feedback_reasons")), 1);
    auto still = feedbacks.findForCase(caseId);
    FW_ASSERT_OK(still);
    EXPECT_EQ(still->secondaryReasonIds, (QList<qint64>{a}));
}

TEST_P(TaxonomyRepositories, FailedFeedbackWriteLeavesNothingBehind)
{
    const qint64 caseId = addCase(addAccount());
    const qint64 category = addCategory(QStringLiteral("Price"), 1);
    const qint64 real = addReason(category, QStringLiteral("Too expensive"), 1);

    ExitFeedbackRepository feedbacks(db());
    ExitFeedback f;
    f.caseId = caseId;
    f.primaryReasonId = real;
    f.secondaryReasonIds = {real + 500}; // no such reason: fails after the feedback row was inserted
    auto id = feedbacks.add(f);
    ASSERT_FALSE(id.has_value());
    EXPECT_EQ(id.error().code, ErrorCode::ForeignKeyViolation);
    EXPECT_EQ(f.id, 0);
    EXPECT_EQ(count(QStringLiteral("exit_feedback")), 0);
    EXPECT_EQ(count(QStringLiteral("exit_feedback_reasons")), 0);

    // The same on update: the old reasons survive a failed replacement.
    f.secondaryReasonIds = {real};
    FW_ASSERT_OK(feedbacks.add(f));
    ExitFeedback changed = f;
    changed.verbatim = QStringLiteral("changed");
    changed.secondaryReasonIds = {real + 500};
    ASSERT_FALSE(feedbacks.update(changed).has_value());
    auto stored = feedbacks.find(f.id);
    FW_ASSERT_OK(stored);
    EXPECT_TRUE(stored->verbatim.isEmpty());
    EXPECT_EQ(stored->secondaryReasonIds, (QList<qint64>{real}));

    ExitFeedback secondForCase;
    secondForCase.caseId = caseId;
    auto duplicate = feedbacks.add(secondForCase);
    ASSERT_FALSE(duplicate.has_value());
    EXPECT_EQ(duplicate.error().code, ErrorCode::UniqueViolation) << "one feedback per case";
}

FW_ON_BOTH_BACKENDS(TaxonomyRepositories);
