// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace's dialogs and the Win-back page driven through their
// widgets from the keyboard, on a scratch SQLite database with the default
// taxonomy and playbooks and the numbered cases of casefixture.h.
#include "casefixture.h"
#include "casework/reassigndialog.h"
#include "casework/startoffboardingdialog.h"
#include "demo/defaultcontent.h"
#include "services/winbackservice.h"
#include "storage/database.h"
#include "testdatabases.h"
#include "testsession.h"
#include "winback/winbackoutcomedialog.h"
#include "winback/winbackpage.h"
#include "winback/winbacktablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace fairwell;
using namespace fairwell::test;

namespace {

constexpr int WaitMs = 20000; // a safety net for a stuck worker, not a timing assertion

// People of the fixture: Ada (1) and Ben (2) are reps; Mia (3) a manager.
constexpr qint64 Ada = 1;
constexpr qint64 Ben = 2;
constexpr qint64 Mia = 3;

class WorkspaceDialogsTest : public ::testing::Test
{
protected:
    // Twenty numbered cases (even ones open) in a database with the default
    // content; `actorId` is working.
    void fill(qint64 actorId)
    {
        ASSERT_TRUE(scratch.error().isEmpty()) << scratch.error().toStdString();
        auto db = scratch.open();
        ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
        m_db = std::move(*db);
        const Status defaults = DefaultContent::install(*m_db);
        ASSERT_TRUE(defaults.has_value()) << defaults.error().text().toStdString();
        const Status cases = insertNumberedCases(*m_db, 20);
        ASSERT_TRUE(cases.has_value()) << cases.error().text().toStdString();
        ASSERT_TRUE(m_db->exec(QStringLiteral("INSERT INTO users (id, login, display_name, role) "
                                              "VALUES (3, 'mia', 'Mia Lund', 'manager')"))
                        .has_value());
        session = openAs(actorId);
    }

    std::unique_ptr<Session> openAs(qint64 actorId)
    {
        OpenRequest request{scratch.spec()};
        request.localProfileId = actorId;
        Error error;
        auto opened = openSession(request, &error);
        EXPECT_TRUE(error.message.isEmpty()) << error.text().toStdString();
        EXPECT_EQ(opened->actor().userId, actorId);
        return opened;
    }

    // The first column of the first row `sql` answers; invalid when none.
    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        auto query = m_db->exec(sql, values);
        EXPECT_TRUE(query.has_value()) << query.error().text().toStdString();
        return query && query->next() ? query->value(0) : QVariant();
    }

    static bool closed(const QDialog &dialog)
    {
        return QTest::qWaitFor([&] { return !dialog.isVisible(); }, WaitMs);
    }

    ScratchDatabase scratch{ScratchDatabase::Backend::Sqlite};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> session;
};

template<typename T>
T *child(QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

} // namespace

TEST_F(WorkspaceDialogsTest, StartsACaseFromTheKeyboard)
{
    fill(Ada);
    const qint64 casesBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).toLongLong();
    StartOffboardingDialog dialog(session.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *search = child<QLineEdit>(dialog, "accountSearch");
    auto *matches = child<QListView>(dialog, "accountMatches");
    auto *effective = child<QDateEdit>(dialog, "effectiveOn");
    auto *playbook = child<QComboBox>(dialog, "playbook");
    auto *start = child<QPushButton>(dialog, "start");
    ASSERT_TRUE(search && matches && effective && playbook && start);
    EXPECT_TRUE(search->hasFocus());
    EXPECT_EQ(effective->date(), QDate::currentDate().addDays(30));
    EXPECT_FALSE(start->isEnabled()) << "nothing to start before an account is chosen";

    // Account 3 is closed: no open case.
    QTest::keyClicks(search, QStringLiteral("account 0003"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return matches->model()->rowCount() == 1; }, WaitMs));
    const QString shown = matches->model()->index(0, 0).data().toString();
    EXPECT_TRUE(shown.startsWith(QStringLiteral("Account 0003 — EXT-0003 · Starter · "))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("open case"))) << shown.toStdString();

    QTest::keyClick(search, Qt::Key_Down);
    EXPECT_TRUE(matches->hasFocus());
    ASSERT_NE(dialog.chosenAccount(), nullptr);
    EXPECT_EQ(dialog.chosenAccount()->accountId, 3);
    QTest::keyClick(matches, Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible()) << "Enter in the list picks the account; it does not start yet";
    EXPECT_TRUE(effective->hasFocus());
    EXPECT_TRUE(start->isEnabled());
    EXPECT_EQ(start->text(), QStringLiteral("&Start Offboarding"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QString text = playbook->itemText(0);
            return text.startsWith(QStringLiteral("Matching playbook (")) && !text.contains(QStringLiteral("…"))
                   && !text.contains(QStringLiteral("choose an account"));
        },
        WaitMs));
    EXPECT_FALSE(playbook->itemText(0).contains(QStringLiteral("none fits"))) << playbook->itemText(0).toStdString();
    EXPECT_GT(playbook->count(), 1) << "the active playbooks to choose instead";

    QTest::keyClick(effective, Qt::Key_Return);
    ASSERT_TRUE(closed(dialog));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.openedExisting());
    const qint64 caseId = dialog.caseId();
    ASSERT_GT(caseId, 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).toLongLong(), casesBefore + 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT account_id FROM cases WHERE id = ?"), {caseId}).toLongLong(), 3);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM cases WHERE id = ?"), {caseId}).toString(),
              QStringLiteral("open"));
    EXPECT_EQ(QDate::fromString(
                  scalar(QStringLiteral("SELECT effective_on FROM cases WHERE id = ?"), {caseId}).toString().left(10),
                  Qt::ISODate),
              QDate::currentDate().addDays(30));
    EXPECT_GT(scalar(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE case_id = ?"), {caseId}).toLongLong(), 0)
        << "the playbook's steps became tasks";
}

TEST_F(WorkspaceDialogsTest, AnAccountWithAnOpenCaseOpensThatCase)
{
    fill(Ada);
    const qint64 casesBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).toLongLong();
    StartOffboardingDialog dialog(session.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *search = child<QLineEdit>(dialog, "accountSearch");
    auto *matches = child<QListView>(dialog, "accountMatches");
    auto *start = child<QPushButton>(dialog, "start");
    auto *note = child<QLabel>(dialog, "openCaseNote");
    ASSERT_TRUE(search && matches && start && note);

    // Account 4 has the open case 4.
    QTest::keyClicks(search, QStringLiteral("EXT-0004"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return matches->model()->rowCount() == 1; }, WaitMs));
    EXPECT_TRUE(matches->model()->index(0, 0).data().toString().endsWith(QStringLiteral("(has an open case)")));
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(matches, Qt::Key_Return);
    ASSERT_NE(dialog.chosenAccount(), nullptr);
    EXPECT_EQ(dialog.chosenAccount()->openCaseId, 4);
    EXPECT_TRUE(note->isVisible());
    EXPECT_EQ(start->text(), QStringLiteral("&Open Existing Case"));
    EXPECT_TRUE(start->hasFocus());

    QTest::keyClick(start, Qt::Key_Return);
    ASSERT_TRUE(closed(dialog));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.openedExisting());
    EXPECT_EQ(dialog.caseId(), 4);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).toLongLong(), casesBefore)
        << "no second case was started";
}

TEST_F(WorkspaceDialogsTest, EscapeCancelsStartingWithoutAChange)
{
    fill(Ada);
    const qint64 casesBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).toLongLong();
    StartOffboardingDialog dialog(session.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *search = child<QLineEdit>(dialog, "accountSearch");
    ASSERT_NE(search, nullptr);
    QTest::keyClicks(search, QStringLiteral("account 0005"));
    QTest::keyClick(search, Qt::Key_Escape);
    ASSERT_TRUE(closed(dialog));
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(dialog.caseId(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).toLongLong(), casesBefore);
}

TEST_F(WorkspaceDialogsTest, WinbackOutcomeRefusesWhatItCannotReadAndKeepsIt)
{
    fill(Mia);
    // Case 1 closed on 2024-02-01 with a check-in planned for 2024-05-01.
    auto planned = runAndWait<QList<WinbackLine>>(
        *session, [](ServiceContext &context) { return WinbackService(context).planned(QDate(), 500); });
    ASSERT_TRUE(planned.has_value()) << planned.error().text().toStdString();
    const WinbackLine *line = nullptr;
    for (const WinbackLine &l : std::as_const(*planned))
        if (l.checkin.caseId == 1)
            line = &l;
    ASSERT_NE(line, nullptr);
    EXPECT_EQ(line->closedOn, QDate(2024, 2, 1));
    const qint64 checkinId = line->checkin.id;

    WinbackOutcomeDialog dialog(session.get(), *line);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *returned = child<QRadioButton>(dialog, "returned");
    auto *returnedOn = child<QDateEdit>(dialog, "returnedOn");
    auto *newMrr = child<QLineEdit>(dialog, "newMrr");
    auto *message = child<QLabel>(dialog, "message");
    ASSERT_TRUE(returned && returnedOn && newMrr && message);
    EXPECT_FALSE(newMrr->isEnabled()) << "only a returned customer has a new MRR";

    returned->setFocus();
    QTest::keyClick(returned, Qt::Key_Space);
    ASSERT_TRUE(returned->isChecked());
    EXPECT_TRUE(newMrr->isEnabled());
    EXPECT_EQ(returnedOn->date(), QDate::currentDate());

    QTest::keyClicks(newMrr, QStringLiteral("twelve"));
    QTest::keyClick(newMrr, Qt::Key_Return);
    QTest::qWait(50);
    EXPECT_TRUE(dialog.isVisible()) << "refused: the MRR cannot be read";
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("MRR"))) << message->text().toStdString();
    EXPECT_EQ(newMrr->text(), QStringLiteral("twelve")) << "what was typed stays";
    EXPECT_TRUE(returned->isChecked());
    EXPECT_TRUE(newMrr->hasFocus()) << "the field to correct";

    // A return before the case closed is refused too.
    returnedOn->setDate(QDate(2024, 1, 15));
    newMrr->selectAll();
    QTest::keyClicks(newMrr, QStringLiteral("120"));
    QTest::keyClick(newMrr, Qt::Key_Return);
    QTest::qWait(50);
    EXPECT_TRUE(dialog.isVisible()) << "refused: returned before the case closed";
    EXPECT_TRUE(message->text().contains(QStringLiteral("before the case closed"))) << message->text().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM winback_checkins WHERE id = ?"), {checkinId}).toString(),
              QStringLiteral("planned"))
        << "nothing was saved";

    // Corrected, it is saved.
    returnedOn->setDate(QDate(2024, 5, 3));
    QTest::keyClick(newMrr, Qt::Key_Return);
    ASSERT_TRUE(closed(dialog));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto finished = runAndWait<QList<WinbackLine>>(
        *session, [](ServiceContext &context) { return WinbackService(context).finished(500); });
    ASSERT_TRUE(finished.has_value()) << finished.error().text().toStdString();
    const WinbackLine *done = nullptr;
    for (const WinbackLine &l : std::as_const(*finished))
        if (l.checkin.id == checkinId)
            done = &l;
    ASSERT_NE(done, nullptr);
    ASSERT_TRUE(done->checkin.outcome.has_value());
    EXPECT_EQ(*done->checkin.outcome, CheckinOutcome::Returned);
    EXPECT_EQ(done->returnedOn, QDate(2024, 5, 3));
    EXPECT_EQ(done->newMrrMinor, 12000);
}

TEST_F(WorkspaceDialogsTest, WinbackOutcomeNeedsAChoice)
{
    fill(Mia);
    auto planned = runAndWait<QList<WinbackLine>>(
        *session, [](ServiceContext &context) { return WinbackService(context).planned(QDate(), 500); });
    ASSERT_TRUE(planned.has_value()) << planned.error().text().toStdString();
    ASSERT_FALSE(planned->isEmpty());
    WinbackOutcomeDialog dialog(session.get(), planned->first());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *save = child<QPushButton>(dialog, "save");
    auto *message = child<QLabel>(dialog, "message");
    ASSERT_TRUE(save && message);
    QTest::keyClick(&dialog, Qt::Key_Return);
    QTest::qWait(50);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("Choose what came of the check-in")))
        << message->text().toStdString();

    // "Do not contact again" is a decline that also stops further contact.
    auto *doNotContact = child<QRadioButton>(dialog, "doNotContact");
    ASSERT_NE(doNotContact, nullptr);
    doNotContact->setChecked(true);
    const WinbackOutcomeInput input = dialog.input();
    EXPECT_EQ(input.outcome, CheckinOutcome::Declined);
    EXPECT_TRUE(input.doNotContact);
}

TEST_F(WorkspaceDialogsTest, ReassignsTwoCases)
{
    fill(Mia);
    // Cases 2 and 4 are open and Ben's.
    ASSERT_EQ(scalar(QStringLiteral("SELECT owner_id FROM cases WHERE id = 2")).toLongLong(), Ben);
    ASSERT_EQ(scalar(QStringLiteral("SELECT owner_id FROM cases WHERE id = 4")).toLongLong(), Ben);
    ReassignDialog dialog(session.get(), {2, 4});
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *prompt = child<QLabel>(dialog, "prompt");
    auto *person = child<QComboBox>(dialog, "person");
    ASSERT_TRUE(prompt && person);
    // The English plural ("2 cases") comes from fairwell_en.ts, which the
    // suite does not load: the count is what matters here.
    EXPECT_TRUE(prompt->text().startsWith(QStringLiteral("Reassign 2 case"))) << prompt->text().toStdString();
    EXPECT_TRUE(prompt->text().endsWith(QStringLiteral("&to:"))) << prompt->text().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return person->isEnabled() && person->count() == 3; }, WaitMs));
    EXPECT_TRUE(person->itemText(0).startsWith(QStringLiteral("Ada Park"))) << person->itemText(0).toStdString();

    person->setCurrentIndex(person->findData(Mia));
    QTest::keyClick(person, Qt::Key_Up); // Ben Cole, by name before Mia Lund
    ASSERT_EQ(person->currentData().toLongLong(), Ben);
    QTest::keyClick(person, Qt::Key_Up);
    ASSERT_EQ(person->currentData().toLongLong(), Ada);
    QTest::keyClick(person, Qt::Key_Return);
    ASSERT_TRUE(closed(dialog));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.ownerId(), Ada);
    EXPECT_EQ(scalar(QStringLiteral("SELECT owner_id FROM cases WHERE id = 2")).toLongLong(), Ada);
    EXPECT_EQ(scalar(QStringLiteral("SELECT owner_id FROM cases WHERE id = 4")).toLongLong(), Ada);
    EXPECT_EQ(scalar(QStringLiteral("SELECT owner_id FROM cases WHERE id = 6")).toLongLong(), Ada)
        << "case 6 was Ada's already and stays hers";
}

TEST_F(WorkspaceDialogsTest, ARefusedReassignStaysOpenAndSaysWhy)
{
    fill(Ben); // a rep may not hand cases on
    ReassignDialog dialog(session.get(), {2, 4});
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *person = child<QComboBox>(dialog, "person");
    auto *message = child<QLabel>(dialog, "message");
    ASSERT_TRUE(person && message);
    ASSERT_TRUE(QTest::qWaitFor([&] { return person->isEnabled() && person->count() == 3; }, WaitMs));
    person->setCurrentIndex(person->findData(Ada));
    QTest::keyClick(person, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return message->isVisible(); }, WaitMs));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("Not reassigned: "))) << message->text().toStdString();
    EXPECT_EQ(person->currentData().toLongLong(), Ada) << "the choice stays";
    EXPECT_EQ(scalar(QStringLiteral("SELECT owner_id FROM cases WHERE id = 2")).toLongLong(), Ben);
}

TEST_F(WorkspaceDialogsTest, WinbackPageMarksOverdueInWordsAndOpensTheCase)
{
    fill(Mia);
    WinbackPage page;
    page.resize(1000, 500);
    page.show();
    QSignalSpy activated(&page, &WinbackPage::caseActivated);
    page.setSession(session.get());
    WinbackTableModel *model = page.model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->hasLoaded() && !model->isLoading(); }, WaitMs));
    // Cases 1 and 11 have check-ins planned in 2024: long overdue.
    ASSERT_EQ(model->rowCount(), 2);
    const QModelIndex due = model->index(0, WinbackTableModel::DueColumn);
    EXPECT_TRUE(due.data().toString().startsWith(QStringLiteral("Overdue: "))) << due.data().toString().toStdString();
    EXPECT_TRUE(due.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(due.data(Qt::DecorationRole).isNull()) << "an icon too, not colour alone";
    EXPECT_TRUE(due.data(WinbackTableModel::OverdueRole).toBool());
    EXPECT_EQ(model->index(0, WinbackTableModel::OutcomeColumn).data().toString(), QStringLiteral("Planned"));

    auto *record = child<QPushButton>(page, "recordOutcome");
    ASSERT_NE(record, nullptr);
    EXPECT_TRUE(record->isEnabled()) << "the first line is current, and planned";
    QTableView *view = page.view();
    view->setFocus();
    view->setCurrentIndex(model->index(1, 0));
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toLongLong(), model->index(1, 0).data(WinbackTableModel::CaseIdRole).toLongLong());

    // Nothing has an outcome yet.
    auto *show = child<QComboBox>(page, "show");
    ASSERT_NE(show, nullptr);
    show->setFocus();
    QTest::keyClick(show, Qt::Key_End);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->hasLoaded() && !model->isLoading(); }, WaitMs));
    EXPECT_EQ(model->show(), WinbackTableModel::Show::Finished);
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_EQ(page.emptyStateText(), QStringLiteral("No win-back check-in has an outcome yet."));
    EXPECT_FALSE(record->isEnabled());
}

TEST_F(WorkspaceDialogsTest, EveryControlHasANameOrLabel)
{
    fill(Mia);
    StartOffboardingDialog start(session.get());
    ReassignDialog reassign(session.get(), {2});
    WinbackLine line;
    line.accountName = QStringLiteral("Account 0001");
    line.currency = QStringLiteral("EUR");
    WinbackOutcomeDialog outcome(session.get(), line);
    WinbackPage page;
    for (QWidget *top : {static_cast<QWidget *>(&start), static_cast<QWidget *>(&reassign),
                         static_cast<QWidget *>(&outcome), static_cast<QWidget *>(&page)}) {
        for (const QWidget *widget : top->findChildren<QWidget *>()) {
            const bool control = qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
                                 || qobject_cast<const QAbstractItemView *>(widget)
                                 || qobject_cast<const QDateEdit *>(widget);
            // Parts of a control (a spin box's editor) and its popups (a
            // combo's list, a calendar) are named by the control itself.
            if (control && widget->window() == top && !qobject_cast<const QLineEdit *>(widget->parentWidget())
                && !qobject_cast<const QComboBox *>(widget->parentWidget())
                && !qobject_cast<const QAbstractItemView *>(widget->parentWidget())
                && !qobject_cast<const QAbstractSpinBox *>(widget->parentWidget())) {
                EXPECT_FALSE(widget->accessibleName().isEmpty())
                    << top->metaObject()->className() << " " << widget->metaObject()->className() << " "
                    << widget->objectName().toStdString();
            }
        }
    }
}
