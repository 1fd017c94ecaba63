// SPDX-License-Identifier: GPL-3.0-or-later
// Playbooks and their steps.
#include "repositorytest.h"

#include "storage/playbookrepository.h"
#include "storage/playbooksteprepository.h"
#include "storage/reasoncategoryrepository.h"

using namespace fairwell;
using namespace fairwell::test;

namespace {

class PlaybookRepositories : public RepositoryTest
{
protected:
    qint64 addPlaybook(const QString &name, int priority = 0)
    {
        Playbook p;
        p.name = name;
        p.priority = priority;
        auto id = PlaybookRepository(db()).add(p);
        EXPECT_TRUE(id.has_value()) << id.error().text().toStdString();
        return id.value_or(0);
    }
};

PlaybookStep step(qint64 playbookId, int position, StepKind kind, const QString &title, int offset)
{
    PlaybookStep s;
    s.playbookId = playbookId;
    s.position = position;
    s.kind = kind;
    s.title = title;
    s.dueOffsetDays = offset;
    return s;
}

} // namespace

TEST_P(PlaybookRepositories, RoundTripsMatchingRulesSetAndUnset)
{
    ReasonCategory price;
    price.name = QStringLiteral("Price");
    FW_ASSERT_OK(ReasonCategoryRepository(db()).add(price));

    PlaybookRepository playbooks(db());
    Playbook p;
    p.name = QStringLiteral("Enterprise, price");
    p.description = QStringLiteral("For big accounts leaving over price");
    p.matchSegment = Segment::Enterprise;
    p.matchPlan = QStringLiteral("Scale");
    p.matchMrrMinMinor = 0; // zero is a value, not "any"
    p.matchMrrMaxMinor = 5000000;
    p.matchReasonCategoryId = price.id;
    p.priority = 50;
    p.active = false;
    FW_ASSERT_OK(playbooks.add(p));
    EXPECT_EQ(p.version, 1);

    auto read = playbooks.find(p.id);
    FW_ASSERT_OK(read);
    EXPECT_EQ(read->name, p.name);
    EXPECT_EQ(read->description, p.description);
    EXPECT_EQ(read->matchSegment, Segment::Enterprise);
    EXPECT_EQ(read->matchPlan, QStringLiteral("Scale"));
    EXPECT_EQ(read->matchMrrMinMinor, std::optional<qint64>(0));
    EXPECT_EQ(read->matchMrrMaxMinor, std::optional<qint64>(5000000));
    EXPECT_EQ(read->matchReasonCategoryId, price.id);
    EXPECT_EQ(read->priority, 50);
    EXPECT_FALSE(read->active);
    EXPECT_EQ(read->createdAt, p.createdAt);

    const qint64 anyId = addPlaybook(QStringLiteral("Default"));
    auto any = playbooks.find(anyId);
    FW_ASSERT_OK(any);
    EXPECT_FALSE(any->matchSegment.has_value());
    EXPECT_TRUE(any->matchPlan.isEmpty());
    EXPECT_FALSE(any->matchMrrMinMinor.has_value());
    EXPECT_FALSE(any->matchMrrMaxMinor.has_value());
    EXPECT_EQ(any->matchReasonCategoryId, 0);
    auto plainNull = db().exec(QStringLiteral("SELECT COUNT(*) FROM playbooks WHERE match_plan IS NULL"));
    ASSERT_TRUE(plainNull.has_value() && plainNull->next());
    EXPECT_EQ(plainNull->value(0).toInt(), 1) << "an empty plan rule is stored as NULL";
}

TEST_P(PlaybookRepositories, ListedByPriorityThenName)
{
    addPlaybook(QStringLiteral("B"), 1);
    addPlaybook(QStringLiteral("A"), 1);
    addPlaybook(QStringLiteral("Top"), 9);
    auto list = PlaybookRepository(db()).list();
    FW_ASSERT_OK(list);
    ASSERT_EQ(list->size(), 3);
    EXPECT_EQ(list->at(0).name, QStringLiteral("Top"));
    EXPECT_EQ(list->at(1).name, QStringLiteral("A"));
    EXPECT_EQ(list->at(2).name, QStringLiteral("B"));
}

TEST_P(PlaybookRepositories, ConcurrentEditsConflict)
{
    const qint64 id = addPlaybook(QStringLiteral("Default"));
    auto other = openOther();
    ASSERT_TRUE(other);
    expectSecondSaveConflicts<PlaybookRepository>(
        db(), *other, id, [](Playbook &p, int who) { p.priority = who * 10; },
        [](const Playbook &p) { EXPECT_EQ(p.priority, 10); });
}

TEST_P(PlaybookRepositories, StepsInOrderAndSavedInPlace)
{
    const qint64 id = addPlaybook(QStringLiteral("Default"));
    PlaybookStepRepository steps(db());
    PlaybookStep call = step(id, 2, StepKind::PersonalCall, QStringLiteral("Call them"), 2);
    call.helpText = QStringLiteral("Listen first.");
    call.ownerRole = UserRole::Manager;
    call.required = false;
    PlaybookStep survey = step(id, 1, StepKind::ExitSurvey, QStringLiteral("Survey"), 0);
    FW_ASSERT_OK(steps.add(call));
    FW_ASSERT_OK(steps.add(survey));

    auto list = steps.listForPlaybook(id);
    FW_ASSERT_OK(list);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).id, survey.id);
    const PlaybookStep &read = list->at(1);
    EXPECT_EQ(read.kind, StepKind::PersonalCall);
    EXPECT_EQ(read.title, QStringLiteral("Call them"));
    EXPECT_EQ(read.helpText, QStringLiteral("Listen first."));
    EXPECT_EQ(read.ownerRole, UserRole::Manager);
    EXPECT_EQ(read.dueOffsetDays, 2);
    EXPECT_FALSE(read.required);

    PlaybookStep clash = step(id, 1, StepKind::Custom, QStringLiteral("Clash"), 0);
    auto refused = steps.add(clash);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::UniqueViolation) << "one step per position";

    // The editor drops "Call them", adds two steps and moves "Survey" last.
    QList<PlaybookStep> edited{step(0, 0, StepKind::ThankYouNote, QStringLiteral("Thank them"), 1),
                               step(0, 0, StepKind::DataExport, QStringLiteral("Export"), 3), survey};
    edited[2].title = QStringLiteral("Survey, reworded");
    FW_ASSERT_OK(steps.saveSteps(id, edited));
    auto saved = steps.listForPlaybook(id);
    FW_ASSERT_OK(saved);
    ASSERT_EQ(saved->size(), 3);
    EXPECT_EQ(saved->at(0).title, QStringLiteral("Thank them"));
    EXPECT_EQ(saved->at(0).position, 1);
    EXPECT_EQ(saved->at(0).id, edited.at(0).id);
    EXPECT_EQ(saved->at(2).title, QStringLiteral("Survey, reworded"));
    EXPECT_EQ(saved->at(2).position, 3);
    EXPECT_EQ(saved->at(2).id, survey.id) << "edited in place, not deleted and added again";

    auto dropped = steps.find(call.id);
    FW_ASSERT_OK(dropped);
    EXPECT_TRUE(dropped->archived) << "a removed step is archived, never deleted";
    EXPECT_EQ(dropped->title, QStringLiteral("Call them"));
    EXPECT_EQ(count(QStringLiteral("playbook_steps")), 4);

    // Two live steps at one position are still refused; an archived one
    // does not count.
    PlaybookStep second = step(id, 2, StepKind::Custom, QStringLiteral("Second at 2"), 0);
    auto clashing = steps.add(second);
    ASSERT_FALSE(clashing.has_value());
    EXPECT_EQ(clashing.error().code, ErrorCode::UniqueViolation);
    EXPECT_EQ(dropped->position, 2) << "the archived step keeps the position it had";

    FW_ASSERT_OK(PlaybookRepository(db()).remove(id));
    EXPECT_EQ(count(QStringLiteral("playbook_steps")), 0) << "a playbook no case used goes with its steps";
    auto gone = PlaybookRepository(db()).find(id);
    ASSERT_FALSE(gone.has_value());
    EXPECT_EQ(gone.error().code, ErrorCode::NotFound);
}

TEST_P(PlaybookRepositories, SavingAStepThatIsNoLongerLiveIsAConflict)
{
    const qint64 id = addPlaybook(QStringLiteral("Default"));
    const qint64 other = addPlaybook(QStringLiteral("Other"));
    PlaybookStepRepository steps(db());
    QList<PlaybookStep> mine{step(0, 0, StepKind::PersonalCall, QStringLiteral("Call"), 1),
                             step(0, 0, StepKind::ExitSurvey, QStringLiteral("Survey"), 2)};
    FW_ASSERT_OK(steps.saveSteps(id, mine));
    QList<PlaybookStep> theirs{step(0, 0, StepKind::Custom, QStringLiteral("Theirs"), 0)};
    FW_ASSERT_OK(steps.saveSteps(other, theirs));

    // Someone else removed "Survey" (archived) meanwhile.
    QList<PlaybookStep> callOnly{mine.at(0)};
    FW_ASSERT_OK(steps.saveSteps(id, callOnly));
    QList<PlaybookStep> stale{mine.at(1), mine.at(0)};
    stale[1].title = QStringLiteral("Call, reworded");
    const Status refused = steps.saveSteps(id, stale);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Survey"))) << refused.error().message.toStdString();

    QList<PlaybookStep> foreign{theirs.at(0)};
    EXPECT_EQ(steps.saveSteps(id, foreign).error().code, ErrorCode::Conflict) << "another playbook's step";

    auto live = steps.listForPlaybook(id);
    FW_ASSERT_OK(live);
    ASSERT_EQ(live->size(), 1);
    EXPECT_EQ(live->at(0).title, QStringLiteral("Call")) << "a refused save changed nothing";
    EXPECT_EQ(stale.at(0).position, 2) << "and left the editor's list alone";
    EXPECT_EQ(stale.at(1).position, 1);
}

FW_ON_BOTH_BACKENDS(PlaybookRepositories);
