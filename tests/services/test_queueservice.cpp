// SPDX-License-Identifier: GPL-3.0-or-later
// The rep's queue on both backends, on a small hand-made set: which cases
// each view holds, every sort with its NULLs and ties, keyset pages, the
// folded search, and the copies migration 5's triggers keep on `cases`.
#include "../repositories/repositorytest.h"

#include "services/queuequery.h"
#include "services/queueservice.h"
#include "services/queuetext.h"
#include "session/servicecontext.h"

#include <QSet>

#include <functional>

using namespace fairwell;
using namespace fairwell::test;

namespace {

// Wednesday; its ISO week runs from Monday 2 to Sunday 8 November.
const QDate kToday(2026, 11, 4);

class Queue : public RepositoryTest
{
protected:
    void SetUp() override
    {
        RepositoryTest::SetUp();
        if (HasFatalFailure())
            return;
        anna = addUser(QStringLiteral("anna"), QStringLiteral("Anna Berg"));
        ben = addUser(QStringLiteral("ben"), QStringLiteral("Ben Cole"));
        a1 = account("CRM-1", "KÖLN Bäder GmbH", "smb", "Team", 5000);
        a2 = account("CRM-2", "École Lumière", "mid_market", "Business", 20000);
        a3 = account("CRM-3", "Acme 50% Off_Sale", "enterprise", "Enterprise", 90000);
        a4 = account("CRM-4", "Beta Tools", "smb", "Team", 5000);
        a5 = account("CRM-5", "Gamma", "mid_market", "Business", 10000);
        a6 = account("CRM-6", "Delta", "smb", "Starter", 1000);
        a7 = account("CRM-7", "Epsilon", "enterprise", "Business", 50000);
        a8 = account("CRM-8", "Zeta Köln", "smb", "Team", 100);
        contact(a4, "Jörg Ölmann");
        contact(a5, "Émile Zola");

        c1 = openCase(a1, anna, QDate(2026, 10, 1), QDate(2026, 11, 2)); // Monday of this week
        c2 = openCase(a2, ben, QDate(2026, 10, 15), QDate(2026, 11, 8)); // Sunday of this week
        c3 = openCase(a3, 0, QDate(2026, 9, 1), QDate(2026, 11, 9));     // next Monday
        c4 = openCase(a4, anna, QDate(2026, 10, 1), QDate());
        c5 = openCase(a5, 0, QDate(2026, 11, 1), QDate(2026, 11, 1)); // last Sunday
        c6 = closedCase(a6, ben, QDate(2026, 1, 1), QDate(2026, 2, 1), "churned");
        c7 = closedCase(a7, anna, QDate(2026, 3, 1), QDate(2026, 3, 11), "saved");

        t1 = task(c1, 1, "Call", QDate(2026, 11, 4), "open"); // due today
        task(c1, 2, "Note", QDate(2026, 11, 10), "done");
        t3 = task(c2, 1, "Survey", QDate(2026, 11, 5), "open");
        task(c3, 1, "Billing", QDate(), "open");
        task(c3, 2, "Export", QDate(2026, 11, 1), "open"); // overdue
        task(c5, 1, "Call", QDate(), "open");
        task(c5, 2, "Check in", QDate(2026, 11, 20), "skipped");
        task(c6, 1, "Call", QDate(2026, 1, 5), "done");

        m_actor.userId = anna;
        m_actor.displayName = QStringLiteral("Anna Berg");
    }

    qint64 insert(const QString &sql, const QVariantList &values)
    {
        auto query = db().exec(sql + (db().isPostgres() ? QStringLiteral(" RETURNING id") : QString()), values);
        EXPECT_TRUE(query.has_value()) << query.error().text().toStdString();
        if (!query)
            return 0;
        if (db().isPostgres())
            return query->next() ? query->value(0).toLongLong() : 0;
        return query->lastInsertId().toLongLong();
    }

    void run(const QString &sql, const QVariantList &values = {})
    {
        auto query = db().exec(sql, values);
        ASSERT_TRUE(query.has_value()) << query.error().text().toStdString();
    }

    qint64 account(const char *externalId, const char *name, const char *segment, const char *plan, qint64 mrr)
    {
        return insert(QStringLiteral("INSERT INTO accounts (external_id, name, segment, plan, mrr_minor, customer_since) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"),
                      {QString::fromUtf8(externalId), QString::fromUtf8(name), QString::fromUtf8(segment),
                       QString::fromUtf8(plan), mrr, sqlDate(QDate(2020, 1, 1))});
    }

    void contact(qint64 accountId, const char *name)
    {
        insert(QStringLiteral("INSERT INTO contacts (account_id, name) VALUES (?, ?)"),
               {accountId, QString::fromUtf8(name)});
    }

    qint64 openCase(qint64 accountId, qint64 ownerId, const QDate &opened, const QDate &effective)
    {
        return insert(QStringLiteral("INSERT INTO cases (account_id, owner_id, opened_on, effective_on) VALUES (?, ?, ?, ?)"),
                      {accountId, sqlNullable(ownerId), sqlDate(opened), sqlDate(effective)});
    }

    qint64 closedCase(qint64 accountId, qint64 ownerId, const QDate &opened, const QDate &closed, const char *outcome)
    {
        return insert(QStringLiteral("INSERT INTO cases (account_id, owner_id, status, opened_on, closed_on, outcome) "
                                     "VALUES (?, ?, 'closed', ?, ?, ?)"),
                      {accountId, sqlNullable(ownerId), sqlDate(opened), sqlDate(closed), QString::fromUtf8(outcome)});
    }

    qint64 task(qint64 caseId, int position, const char *title, const QDate &due, const char *status)
    {
        return insert(QStringLiteral("INSERT INTO tasks (case_id, position, kind, title, due_on, status) "
                                     "VALUES (?, ?, 'custom', ?, ?, ?)"),
                      {caseId, position, QString::fromUtf8(title), sqlDate(due), QString::fromUtf8(status)});
    }

    QueueService service()
    {
        m_context = std::make_unique<ServiceContext>(ServiceContext{db(), m_actor, m_control});
        return QueueService(*m_context);
    }

    QueueFilter filter(QueueView view, const QString &text = {})
    {
        QueueFilter f;
        f.view = view;
        f.text = text;
        f.today = kToday;
        return f;
    }

    // Every row of the view, paged `pageSize` at a time.
    QList<QueueRow> allPaged(const QueueFilter &f, QueueColumn column, Qt::SortOrder order, int pageSize)
    {
        QList<QueueRow> rows;
        QueueCursor cursor;
        for (int guard = 0; guard < 100; ++guard) {
            auto page = service().page(f, column, order, cursor, pageSize);
            EXPECT_TRUE(page.has_value()) << page.error().text().toStdString();
            if (!page)
                return rows;
            rows += page->rows;
            EXPECT_LE(page->rows.size(), pageSize);
            if (page->atEnd)
                return rows;
            EXPECT_EQ(page->rows.size(), pageSize);
            cursor = page->next;
        }
        ADD_FAILURE() << "paging never ended";
        return rows;
    }

    QList<qint64> ids(const QueueFilter &f, QueueColumn column = QueueColumn::Opened,
                      Qt::SortOrder order = Qt::AscendingOrder)
    {
        QList<qint64> result;
        for (const QueueRow &row : allPaged(f, column, order, 100))
            result.append(row.caseId);
        return result;
    }

    QSet<qint64> idSet(const QueueFilter &f)
    {
        const QList<qint64> list = ids(f);
        return QSet<qint64>(list.begin(), list.end());
    }

    int caseVersion(qint64 caseId)
    {
        auto query = db().exec(QStringLiteral("SELECT version FROM cases WHERE id = ?"), {caseId});
        return query && query->next() ? query->value(0).toInt() : -1;
    }

    QueueRow row(qint64 caseId)
    {
        for (const QueueRow &r : allPaged(filter(QueueView::AllOpen), QueueColumn::Opened, Qt::AscendingOrder, 100))
            if (r.caseId == caseId)
                return r;
        for (const QueueRow &r : allPaged(filter(QueueView::Closed), QueueColumn::Opened, Qt::AscendingOrder, 100))
            if (r.caseId == caseId)
                return r;
        ADD_FAILURE() << "no case " << caseId;
        return {};
    }

    qint64 anna = 0, ben = 0;
    qint64 a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0;
    qint64 c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0;
    qint64 t1 = 0, t3 = 0;
    Actor m_actor;
    JobControl m_control;
    std::unique_ptr<ServiceContext> m_context;
};

using Ids = QSet<qint64>;

TEST_P(Queue, EachViewHoldsItsCasesWithTodaysBoundaries)
{
    EXPECT_EQ(idSet(filter(QueueView::MyQueue)), (Ids{c1, c4}));
    // Due today counts; an undated open task alone does not make a case due.
    EXPECT_EQ(idSet(filter(QueueView::DueOrOverdue)), (Ids{c1, c3}));
    // Monday and Sunday of this ISO week are in it, the Sunday before and
    // the Monday after are not.
    EXPECT_EQ(idSet(filter(QueueView::ClosingThisWeek)), (Ids{c1, c2}));
    EXPECT_EQ(idSet(filter(QueueView::Unassigned)), (Ids{c3, c5}));
    EXPECT_EQ(idSet(filter(QueueView::AllOpen)), (Ids{c1, c2, c3, c4, c5}));
    EXPECT_EQ(idSet(filter(QueueView::Closed)), (Ids{c6, c7}));

    // A day later, c1's task is overdue and c2's is due.
    QueueFilter tomorrow = filter(QueueView::DueOrOverdue);
    tomorrow.today = kToday.addDays(1);
    EXPECT_EQ(idSet(tomorrow), (Ids{c1, c2, c3}));
    // On the next Monday the week moves on.
    QueueFilter nextWeek = filter(QueueView::ClosingThisWeek);
    nextWeek.today = QDate(2026, 11, 9);
    EXPECT_EQ(idSet(nextWeek), (Ids{c3}));
    // Sunday is still the same week.
    QueueFilter sunday = filter(QueueView::ClosingThisWeek);
    sunday.today = QDate(2026, 11, 8);
    EXPECT_EQ(idSet(sunday), (Ids{c1, c2}));
}

TEST_P(Queue, RowsCarryTheirColumns)
{
    const QueueRow r1 = row(c1);
    EXPECT_EQ(r1.accountName, QStringLiteral("KÖLN Bäder GmbH"));
    EXPECT_EQ(r1.externalId, QStringLiteral("CRM-1"));
    EXPECT_EQ(r1.segment, QStringLiteral("smb"));
    EXPECT_EQ(r1.plan, QStringLiteral("Team"));
    EXPECT_EQ(r1.mrrMinor, 5000);
    EXPECT_EQ(r1.ownerId, anna);
    EXPECT_EQ(r1.ownerName, QStringLiteral("Anna Berg"));
    EXPECT_EQ(r1.status, QStringLiteral("open"));
    EXPECT_EQ(r1.nextTaskTitle, QStringLiteral("Call"));
    EXPECT_EQ(r1.nextTaskDueOn, QDate(2026, 11, 4));
    EXPECT_EQ(r1.tasksDone, 1);
    EXPECT_EQ(r1.tasksTotal, 2);
    EXPECT_FALSE(r1.overdue); // due today is not overdue
    EXPECT_EQ(r1.daysOpen, 34);

    const QueueRow r3 = row(c3);
    EXPECT_EQ(r3.ownerId, 0);
    EXPECT_TRUE(r3.ownerName.isEmpty());
    EXPECT_EQ(r3.nextTaskTitle, QStringLiteral("Export")); // the dated one before the undated
    EXPECT_TRUE(r3.overdue);

    const QueueRow r5 = row(c5);
    EXPECT_EQ(r5.nextTaskTitle, QStringLiteral("Call"));
    EXPECT_FALSE(r5.nextTaskDueOn.isValid());
    EXPECT_EQ(r5.tasksDone, 1); // skipped counts as done

    const QueueRow r7 = row(c7);
    EXPECT_EQ(r7.daysOpen, 10); // to the close date
    EXPECT_EQ(r7.outcome, QStringLiteral("saved"));
    EXPECT_EQ(r7.closedOn, QDate(2026, 3, 11));
}

TEST_P(Queue, SortsPutNullsLastAndBreakTiesByCaseId)
{
    const QueueFilter open = filter(QueueView::AllOpen);
    using L = QList<qint64>;
    EXPECT_EQ(ids(open, QueueColumn::Owner, Qt::AscendingOrder), (L{c1, c4, c2, c3, c5}));
    EXPECT_EQ(ids(open, QueueColumn::Owner, Qt::DescendingOrder), (L{c2, c4, c1, c5, c3}));
    EXPECT_EQ(ids(open, QueueColumn::Effective, Qt::AscendingOrder), (L{c5, c1, c2, c3, c4}));
    EXPECT_EQ(ids(open, QueueColumn::Effective, Qt::DescendingOrder), (L{c3, c2, c1, c5, c4}));
    EXPECT_EQ(ids(open, QueueColumn::NextDue, Qt::AscendingOrder), (L{c3, c1, c2, c4, c5}));
    EXPECT_EQ(ids(open, QueueColumn::NextDue, Qt::DescendingOrder), (L{c2, c1, c3, c5, c4}));
    EXPECT_EQ(ids(open, QueueColumn::NextTask, Qt::AscendingOrder), (L{c1, c5, c3, c2, c4}));
    EXPECT_EQ(ids(open, QueueColumn::Progress, Qt::AscendingOrder), (L{c2, c3, c4, c1, c5}));
    EXPECT_EQ(ids(open, QueueColumn::Progress, Qt::DescendingOrder), (L{c5, c1, c4, c3, c2}));
    EXPECT_EQ(ids(open, QueueColumn::Mrr, Qt::AscendingOrder), (L{c1, c4, c5, c2, c3}));
    EXPECT_EQ(ids(open, QueueColumn::Mrr, Qt::DescendingOrder), (L{c3, c2, c5, c4, c1}));
    EXPECT_EQ(ids(open, QueueColumn::Segment, Qt::AscendingOrder), (L{c1, c4, c2, c5, c3}));
    EXPECT_EQ(ids(open, QueueColumn::Segment, Qt::DescendingOrder), (L{c3, c5, c2, c4, c1}));
    EXPECT_EQ(ids(open, QueueColumn::Plan, Qt::AscendingOrder), (L{c2, c5, c3, c1, c4}));
    EXPECT_EQ(ids(open, QueueColumn::Opened, Qt::AscendingOrder), (L{c3, c1, c4, c2, c5}));
    EXPECT_EQ(ids(open, QueueColumn::DaysOpen, Qt::AscendingOrder), (L{c5, c2, c1, c4, c3}));
    EXPECT_EQ(ids(open, QueueColumn::DaysOpen, Qt::DescendingOrder), (L{c3, c4, c1, c2, c5}));
    // ASCII names sort the same on both engines.
    EXPECT_EQ(ids(filter(QueueView::AllOpen, QStringLiteral("a")), QueueColumn::Account, Qt::AscendingOrder)
                  .mid(0, 3),
              (L{c3, c4, c5}));
    const QueueFilter closed = filter(QueueView::Closed);
    EXPECT_EQ(ids(closed, QueueColumn::DaysOpen, Qt::AscendingOrder), (L{c7, c6}));
    EXPECT_EQ(ids(closed, QueueColumn::Outcome, Qt::AscendingOrder), (L{c6, c7}));
    EXPECT_EQ(ids(closed, QueueColumn::Closed, Qt::DescendingOrder), (L{c7, c6}));
}

TEST_P(Queue, KeysetPagesYieldEveryRowOnceInOrderAndCountsMatch)
{
    const QueueColumn columns[] = {QueueColumn::Account, QueueColumn::Segment, QueueColumn::Plan,
                                   QueueColumn::Mrr, QueueColumn::Owner, QueueColumn::Opened,
                                   QueueColumn::Effective, QueueColumn::DaysOpen, QueueColumn::NextTask,
                                   QueueColumn::NextDue, QueueColumn::Progress, QueueColumn::Outcome,
                                   QueueColumn::Closed};
    for (const QueueView view : {QueueView::AllOpen, QueueView::Closed, QueueView::DueOrOverdue,
                                 QueueView::Unassigned, QueueView::MyQueue, QueueView::ClosingThisWeek}) {
        const QueueFilter f = filter(view);
        auto counted = service().count(f);
        FW_ASSERT_OK(counted);
        for (const QueueColumn column : columns) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QList<QueueRow> whole = allPaged(f, column, order, 100);
                EXPECT_EQ(whole.size(), *counted) << int(view) << ' ' << int(column);
                for (const int size : {1, 2, 3}) {
                    const QList<QueueRow> paged = allPaged(f, column, order, size);
                    QList<qint64> a, b;
                    for (const QueueRow &r : whole)
                        a.append(r.caseId);
                    for (const QueueRow &r : paged)
                        b.append(r.caseId);
                    EXPECT_EQ(a, b) << "view " << int(view) << " column " << int(column) << " order " << int(order)
                                    << " page " << size;
                }
            }
        }
    }
}

TEST_P(Queue, CountsPerViewAndFiltersCombine)
{
    QueueFilter all = filter(QueueView::AllOpen);
    auto counts = service().counts(all);
    FW_ASSERT_OK(counts);
    EXPECT_EQ(counts->myQueue, 2);
    EXPECT_EQ(counts->dueOrOverdue, 2);
    EXPECT_EQ(counts->closingThisWeek, 2);
    EXPECT_EQ(counts->unassigned, 2);
    EXPECT_EQ(counts->allOpen, 5);
    EXPECT_EQ(counts->closed, 2);
    EXPECT_EQ(counts->of(QueueView::Closed), 2);

    QueueFilter f = filter(QueueView::AllOpen);
    f.segment = QStringLiteral("smb");
    EXPECT_EQ(idSet(f), (Ids{c1, c4}));
    f.ownerId = anna;
    EXPECT_EQ(idSet(f), (Ids{c1, c4}));
    f.text = QStringLiteral("tools");
    EXPECT_EQ(idSet(f), (Ids{c4}));
    f.plan = QStringLiteral("Business");
    EXPECT_EQ(idSet(f), Ids{});
    auto none = service().counts(f);
    FW_ASSERT_OK(none);
    EXPECT_EQ(none->allOpen, 0);

    QueueFilter plan = filter(QueueView::AllOpen);
    plan.plan = QStringLiteral("Business");
    EXPECT_EQ(idSet(plan), (Ids{c2, c5}));
    plan.ownerId = ben;
    EXPECT_EQ(idSet(plan), (Ids{c2}));
    QueueFilter unknownSegment = filter(QueueView::AllOpen);
    unknownSegment.segment = QStringLiteral("giant");
    EXPECT_EQ(idSet(unknownSegment), Ids{});

    QueueFilter text = filter(QueueView::AllOpen, QStringLiteral("gmbh"));
    auto textCounts = service().counts(text);
    FW_ASSERT_OK(textCounts);
    EXPECT_EQ(textCounts->allOpen, 1);
    EXPECT_EQ(textCounts->myQueue, 1);
    EXPECT_EQ(textCounts->closed, 0);
}

TEST_P(Queue, SearchFoldsCaseBeyondAsciiAndTakesWildcardsLiterally)
{
    auto view = [&](const char *text) { return idSet(filter(QueueView::AllOpen, QString::fromUtf8(text))); };
    EXPECT_EQ(view("kö"), (Ids{c1}));
    EXPECT_EQ(view("KÖ"), (Ids{c1}));
    EXPECT_EQ(view("köln"), (Ids{c1}));
    EXPECT_EQ(view("é"), (Ids{c2, c5})); // École, and the contact Émile Zola
    EXPECT_EQ(view("éco"), (Ids{c2}));
    EXPECT_EQ(view("ÉCOLE"), (Ids{c2}));
    EXPECT_EQ(view("ölmann"), (Ids{c4})); // a contact's name
    EXPECT_EQ(view("zola"), (Ids{c5}));
    EXPECT_EQ(view("crm-5"), (Ids{c5})); // the external id
    EXPECT_EQ(view("%"), (Ids{c3}));
    EXPECT_EQ(view("_"), (Ids{c3}));
    EXPECT_EQ(view("50%"), (Ids{c3}));
    EXPECT_EQ(view("f_s"), (Ids{c3}));
    EXPECT_EQ(view("a%e"), Ids{});
    EXPECT_EQ(view("c_m"), Ids{});
    EXPECT_EQ(view("\"x"), Ids{});
    EXPECT_EQ(view("nothing like it"), Ids{});
    // A match never spans two fields.
    EXPECT_EQ(view("gmbhcrm"), Ids{});
}

TEST_P(Queue, TwoCharactersFindTextsThatEndWithThem)
{
    auto view = [&](const char *text) { return idSet(filter(QueueView::AllOpen, QString::fromUtf8(text))); };
    // "Émile Zola" is the last thing in Gamma's text: no trigram starts
    // with its final "la".
    EXPECT_EQ(view("la"), (Ids{c5}));
    EXPECT_EQ(view("LA"), (Ids{c5}));
    EXPECT_EQ(view("ln"), (Ids{c1})); // "köln bäder": a trigram starts with it
    EXPECT_EQ(view("qx"), Ids{});
    auto counted = service().count(filter(QueueView::AllOpen, QStringLiteral("la")));
    FW_ASSERT_OK(counted);
    EXPECT_EQ(*counted, 1);
}

TEST_P(Queue, BothSqlitePlansOfASearchFindTheSameCases)
{
    // Few matches are read from the trigram index, many by reading the
    // view in order: a bound of 0 sends every search the second way.
    for (const char *text : {"kö", "la", "ln", "gmbh", "é", "crm-5", "ölmann", "e", "qx", "zzqx"}) {
        for (const QueueView view : {QueueView::AllOpen, QueueView::Closed, QueueView::MyQueue}) {
            const QueueFilter f = filter(view, QString::fromUtf8(text));
            QueueQuery few(db(), anna);
            QueueQuery many(db(), anna);
            many.setFewMatches(0);
            auto a = few.page(f, QueueColumn::Account, Qt::AscendingOrder, {}, 100);
            auto b = many.page(f, QueueColumn::Account, Qt::AscendingOrder, {}, 100);
            FW_ASSERT_OK(a);
            FW_ASSERT_OK(b);
            QList<qint64> idsA, idsB;
            for (const QueueRow &row : a->rows)
                idsA << row.caseId;
            for (const QueueRow &row : b->rows)
                idsB << row.caseId;
            EXPECT_EQ(idsA, idsB) << text;
            auto countA = few.count(f);
            auto countB = many.count(f);
            FW_ASSERT_OK(countA);
            FW_ASSERT_OK(countB);
            EXPECT_EQ(*countA, idsA.size()) << text;
            EXPECT_EQ(*countB, idsA.size()) << text;
        }
    }
}

TEST_P(Queue, StatusCountsFollowEveryWriter)
{
    auto counts = [&] {
        auto read = service().counts(filter(QueueView::AllOpen));
        EXPECT_TRUE(read.has_value());
        return read ? std::pair{read->allOpen, read->closed} : std::pair{qint64(-1), qint64(-1)};
    };
    EXPECT_EQ(counts(), (std::pair{qint64(5), qint64(2)}));
    run(QStringLiteral("UPDATE cases SET status = 'closed', outcome = 'churned', closed_on = ? WHERE id = ?"),
        {QStringLiteral("2026-11-03"), c4});
    EXPECT_EQ(counts(), (std::pair{qint64(4), qint64(3)}));
    run(QStringLiteral("UPDATE cases SET status = 'open', outcome = NULL, closed_on = NULL WHERE id = ?"), {c6});
    EXPECT_EQ(counts(), (std::pair{qint64(5), qint64(2)}));
    run(QStringLiteral("DELETE FROM tasks WHERE case_id = ?"), {c7});
    run(QStringLiteral("DELETE FROM cases WHERE id = ?"), {c7});
    EXPECT_EQ(counts(), (std::pair{qint64(5), qint64(1)}));
    openCase(a8, 0, QDate(2026, 11, 3), QDate());
    EXPECT_EQ(counts(), (std::pair{qint64(6), qint64(1)}));
}

TEST_P(Queue, SqliteFoldsTheLettersTheMigrationFolds)
{
    // The account's text is folded by the database's triggers, the search
    // by QueueText: both must fold the same letters.
    const QString letters = QueueText::foldedLetters();
    const qint64 id = account("CRM-L", letters.toUtf8().constData(), "smb", "Team", 1);
    auto query = db().exec(QStringLiteral("SELECT search_text FROM accounts WHERE id = ?"), {id});
    ASSERT_TRUE(query && query->next());
    const QString stored = query->value(0).toString();
    const QString expected = db().isPostgres() ? letters.toLower() : QueueText::foldForSqlite(letters);
    EXPECT_EQ(stored.section(QChar(31), 0, 0), expected);
    EXPECT_EQ(QueueText::foldForSqlite(letters), letters.toLower());
}

TEST_P(Queue, SearchAccountsPutsNamesStartingWithTheTextFirst)
{
    auto found = service().searchAccounts(QStringLiteral("köln"), 10);
    FW_ASSERT_OK(found);
    ASSERT_EQ(found->size(), 2);
    EXPECT_EQ(found->at(0).accountId, a1);
    EXPECT_EQ(found->at(0).openCaseId, c1);
    EXPECT_EQ(found->at(0).externalId, QStringLiteral("CRM-1"));
    EXPECT_EQ(found->at(1).accountId, a8);
    EXPECT_EQ(found->at(1).openCaseId, 0);

    auto two = service().searchAccounts(QStringLiteral("de"), 10);
    FW_ASSERT_OK(two);
    ASSERT_EQ(two->size(), 2);
    EXPECT_EQ(two->at(0).accountId, a6); // Delta: closed case only
    EXPECT_EQ(two->at(0).openCaseId, 0);
    EXPECT_EQ(two->at(1).accountId, a1); // Bäder

    auto limited = service().searchAccounts(QStringLiteral("a"), 3);
    FW_ASSERT_OK(limited);
    EXPECT_EQ(limited->size(), 3);
    EXPECT_EQ(limited->at(0).accountId, a3); // "Acme" starts with it

    auto contact = service().searchAccounts(QStringLiteral("ZOLA"), 10);
    FW_ASSERT_OK(contact);
    ASSERT_EQ(contact->size(), 1);
    EXPECT_EQ(contact->at(0).openCaseId, c5);
    auto literal = service().searchAccounts(QStringLiteral("%"), 10);
    FW_ASSERT_OK(literal);
    ASSERT_EQ(literal->size(), 1);
    EXPECT_EQ(literal->at(0).accountId, a3);
}

TEST_P(Queue, TriggersKeepTheCopiesRightWithoutTouchingTheVersion)
{
    const int v1 = caseVersion(c1), v2 = caseVersion(c2), v4 = caseVersion(c4), v5 = caseVersion(c5);

    // Task done: c1 has no open task left and leaves "Due".
    run(QStringLiteral("UPDATE tasks SET status = 'done' WHERE id = ?"), {t1});
    QueueRow r1 = row(c1);
    EXPECT_TRUE(r1.nextTaskTitle.isEmpty());
    EXPECT_EQ(r1.tasksDone, 2);
    EXPECT_EQ(idSet(filter(QueueView::DueOrOverdue)), (Ids{c3}));
    // Task skipped.
    run(QStringLiteral("UPDATE tasks SET status = 'skipped' WHERE id = ?"), {t3});
    EXPECT_EQ(row(c2).tasksDone, 1);
    EXPECT_EQ(row(c2).tasksTotal, 1);
    // Task added: c4 becomes due.
    task(c4, 1, "Late call", QDate(2026, 11, 3), "open");
    EXPECT_EQ(row(c4).nextTaskTitle, QStringLiteral("Late call"));
    EXPECT_EQ(row(c4).tasksTotal, 1);
    EXPECT_EQ(idSet(filter(QueueView::DueOrOverdue)), (Ids{c3, c4}));
    // A task's date moved.
    run(QStringLiteral("UPDATE tasks SET due_on = ? WHERE case_id = ?"), {sqlDate(QDate(2026, 12, 1)), c4});
    EXPECT_EQ(row(c4).nextTaskDueOn, QDate(2026, 12, 1));

    // The owner renamed: the sort follows.
    run(QStringLiteral("UPDATE users SET display_name = ? WHERE id = ?"), {QStringLiteral("Zora Berg"), anna});
    EXPECT_EQ(row(c1).ownerName, QStringLiteral("Zora Berg"));
    EXPECT_EQ(ids(filter(QueueView::AllOpen), QueueColumn::Owner, Qt::AscendingOrder),
              (QList<qint64>{c2, c1, c4, c3, c5}));
    // A case handed to someone else.
    run(QStringLiteral("UPDATE cases SET owner_id = ? WHERE id = ?"), {ben, c5});
    EXPECT_EQ(row(c5).ownerName, QStringLiteral("Ben Cole"));

    // The account renamed, its MRR changed: sorts and search follow.
    run(QStringLiteral("UPDATE accounts SET name = ?, mrr_minor = ? WHERE id = ?"),
        {QStringLiteral("Aardvark Tools"), 999999, a4});
    EXPECT_EQ(row(c4).accountName, QStringLiteral("Aardvark Tools"));
    EXPECT_EQ(ids(filter(QueueView::AllOpen), QueueColumn::Mrr, Qt::DescendingOrder).first(), c4);
    EXPECT_EQ(ids(filter(QueueView::AllOpen), QueueColumn::Account, Qt::AscendingOrder).first(), c4);
    EXPECT_EQ(idSet(filter(QueueView::AllOpen, QStringLiteral("aardvark"))), (Ids{c4}));
    EXPECT_EQ(idSet(filter(QueueView::AllOpen, QStringLiteral("beta"))), Ids{});
    run(QStringLiteral("UPDATE accounts SET segment = 'enterprise', plan = 'Gold' WHERE id = ?"), {a5});
    EXPECT_EQ(ids(filter(QueueView::AllOpen), QueueColumn::Segment, Qt::DescendingOrder).first(), c5);
    QueueFilter gold = filter(QueueView::AllOpen);
    gold.plan = QStringLiteral("Gold");
    EXPECT_EQ(idSet(gold), (Ids{c5}));

    // A contact added, renamed and removed: the search follows.
    contact(a2, "Hildegard Quist");
    EXPECT_EQ(idSet(filter(QueueView::AllOpen, QStringLiteral("quist"))), (Ids{c2}));
    EXPECT_EQ(idSet(filter(QueueView::AllOpen, QStringLiteral("qu"))), (Ids{c2}));
    run(QStringLiteral("UPDATE contacts SET name = 'Hilde Quast' WHERE account_id = ?"), {a2});
    EXPECT_EQ(idSet(filter(QueueView::AllOpen, QStringLiteral("quist"))), Ids{});
    EXPECT_EQ(idSet(filter(QueueView::AllOpen, QStringLiteral("quast"))), (Ids{c2}));
    run(QStringLiteral("DELETE FROM contacts WHERE account_id = ?"), {a2});
    EXPECT_EQ(idSet(filter(QueueView::AllOpen, QStringLiteral("quast"))), Ids{});
    EXPECT_EQ(idSet(filter(QueueView::AllOpen, QStringLiteral("lumière"))), (Ids{c2}));

    // None of it was a person's edit of a case.
    EXPECT_EQ(caseVersion(c1), v1);
    EXPECT_EQ(caseVersion(c2), v2);
    EXPECT_EQ(caseVersion(c4), v4);
    EXPECT_EQ(caseVersion(c5), v5);
}

TEST_P(Queue, NobodyMayReadTheQueue)
{
    m_actor = Actor{};
    EXPECT_FALSE(service().count(filter(QueueView::AllOpen)).has_value());
    EXPECT_FALSE(service().page(filter(QueueView::AllOpen), QueueColumn::Account, Qt::AscendingOrder, {}, 10)
                     .has_value());
    EXPECT_FALSE(service().searchAccounts(QStringLiteral("köln"), 5).has_value());
}

FW_ON_BOTH_BACKENDS(Queue);

} // namespace
