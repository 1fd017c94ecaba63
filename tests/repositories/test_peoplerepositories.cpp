// SPDX-License-Identifier: GPL-3.0-or-later
// Users, accounts, contacts and usage events.
#include "repositorytest.h"

#include "storage/accountrepository.h"
#include "storage/contactrepository.h"
#include "storage/usageeventrepository.h"
#include "storage/userrepository.h"

using namespace fairwell;
using namespace fairwell::test;

namespace {

class PeopleRepositories : public RepositoryTest
{
};

} // namespace

TEST_P(PeopleRepositories, UserRoundTripsAndLists)
{
    UserRepository users(db());
    User zoe;
    zoe.login = QStringLiteral("zoe");
    zoe.displayName = QStringLiteral("Zoë Åberg");
    zoe.email = QStringLiteral("zoe@example.org");
    zoe.role = UserRole::Manager;
    zoe.active = false;
    zoe.createdAt = utc(2020, 2, 29, 8, 15, 59, 999);
    FW_ASSERT_OK(users.add(zoe));

    auto read = users.find(zoe.id);
    FW_ASSERT_OK(read);
    EXPECT_EQ(read->login, QStringLiteral("zoe"));
    EXPECT_EQ(read->displayName, QStringLiteral("Zoë Åberg"));
    EXPECT_EQ(read->email, QStringLiteral("zoe@example.org"));
    EXPECT_EQ(read->role, UserRole::Manager);
    EXPECT_FALSE(read->active);
    EXPECT_EQ(read->createdAt, utc(2020, 2, 29, 8, 15, 59, 999));

    const qint64 adam = addUser(QStringLiteral("adam"), QStringLiteral("Adam Smith"));
    auto byLogin = users.findByLogin(QStringLiteral("adam"));
    FW_ASSERT_OK(byLogin);
    EXPECT_EQ(byLogin->id, adam);
    EXPECT_TRUE(byLogin->email.isEmpty());
    EXPECT_TRUE(byLogin->active);

    auto all = users.list();
    FW_ASSERT_OK(all);
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).login, QStringLiteral("adam"));
    auto active = users.list(true);
    FW_ASSERT_OK(active);
    ASSERT_EQ(active->size(), 1);
    EXPECT_EQ(active->at(0).id, adam);

    read->role = UserRole::Admin;
    read->active = true;
    FW_ASSERT_OK(users.update(*read));
    EXPECT_EQ(users.find(zoe.id)->role, UserRole::Admin);

    FW_ASSERT_OK(users.remove(adam));
    auto gone = users.findByLogin(QStringLiteral("adam"));
    ASSERT_FALSE(gone.has_value());
    EXPECT_EQ(gone.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(gone.error().message.contains(QStringLiteral("adam")));
}

TEST_P(PeopleRepositories, DuplicateLoginIsAUniqueViolation)
{
    addUser(QStringLiteral("anna"));
    User again;
    again.login = QStringLiteral("anna");
    again.displayName = QStringLiteral("Another Anna");
    auto id = UserRepository(db()).add(again);
    ASSERT_FALSE(id.has_value());
    EXPECT_EQ(id.error().code, ErrorCode::UniqueViolation);
    EXPECT_EQ(again.id, 0);
}

TEST_P(PeopleRepositories, AccountRoundTripsMoneyAndDates)
{
    const qint64 owner = addUser(QStringLiteral("anna"));
    AccountRepository accounts(db());
    Account a;
    a.externalId = QStringLiteral("HUB-00042");
    a.name = QStringLiteral("Müller & Söhne GmbH");
    a.segment = Segment::MidMarket;
    a.plan = QStringLiteral("Business");
    a.mrrMinor = 9999999999LL;
    a.currency = QStringLiteral("JPY");
    a.customerSince = QDate(1999, 12, 31);
    a.region = QStringLiteral("DACH");
    a.language = QStringLiteral("de");
    a.ownerId = owner;
    FW_ASSERT_OK(accounts.add(a));
    EXPECT_GT(a.id, 0);
    EXPECT_TRUE(a.createdAt.isValid());

    auto read = accounts.findByExternalId(QStringLiteral("HUB-00042"));
    FW_ASSERT_OK(read);
    EXPECT_EQ(read->id, a.id);
    EXPECT_EQ(read->name, QStringLiteral("Müller & Söhne GmbH"));
    EXPECT_EQ(read->segment, Segment::MidMarket);
    EXPECT_EQ(read->plan, QStringLiteral("Business"));
    EXPECT_EQ(read->mrrMinor, 9999999999LL);
    EXPECT_EQ(read->currency, QStringLiteral("JPY"));
    EXPECT_EQ(read->customerSince, QDate(1999, 12, 31));
    EXPECT_EQ(read->region, QStringLiteral("DACH"));
    EXPECT_EQ(read->language, QStringLiteral("de"));
    EXPECT_EQ(read->ownerId, owner);
    EXPECT_EQ(read->createdAt, a.createdAt);
    EXPECT_EQ(read->updatedAt, a.updatedAt);

    read->segment = Segment::Enterprise;
    read->ownerId = 0;
    FW_ASSERT_OK(accounts.update(*read));
    auto again = accounts.find(a.id);
    FW_ASSERT_OK(again);
    EXPECT_EQ(again->segment, Segment::Enterprise);
    EXPECT_EQ(again->ownerId, 0);
    EXPECT_GE(again->updatedAt, a.updatedAt);

    auto owned = accounts.listForOwner(owner);
    FW_ASSERT_OK(owned);
    EXPECT_TRUE(owned->isEmpty());
}

TEST_P(PeopleRepositories, AccountErrors)
{
    AccountRepository accounts(db());
    auto missing = accounts.findByExternalId(QStringLiteral("NOPE-1"));
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("NOPE-1")));

    addAccount(QStringLiteral("CRM-7"));
    Account twin;
    twin.externalId = QStringLiteral("CRM-7");
    twin.name = QStringLiteral("Twin");
    twin.plan = QStringLiteral("Team");
    twin.customerSince = QDate(2020, 1, 1);
    auto duplicate = accounts.add(twin);
    ASSERT_FALSE(duplicate.has_value());
    EXPECT_EQ(duplicate.error().code, ErrorCode::UniqueViolation);

    twin.externalId = QStringLiteral("CRM-8");
    twin.currency = QStringLiteral("EURO");
    auto badCurrency = accounts.add(twin);
    ASSERT_FALSE(badCurrency.has_value());
    EXPECT_EQ(badCurrency.error().code, ErrorCode::InvalidInput);

    Account ghost;
    ghost.id = 777;
    ghost.name = QStringLiteral("Ghost");
    const Status updated = accounts.update(ghost);
    ASSERT_FALSE(updated.has_value());
    EXPECT_EQ(updated.error().code, ErrorCode::NotFound);
}

TEST_P(PeopleRepositories, ContactsPrimaryFirst)
{
    const qint64 account = addAccount();
    ContactRepository contacts(db());
    Contact bea;
    bea.accountId = account;
    bea.name = QStringLiteral("Bea");
    Contact zed;
    zed.accountId = account;
    zed.name = QStringLiteral("Zed");
    zed.email = QStringLiteral("zed@example.org");
    zed.phone = QStringLiteral("+49 30 1234");
    zed.title = QStringLiteral("CFO");
    zed.isPrimary = true;
    FW_ASSERT_OK(contacts.add(bea));
    FW_ASSERT_OK(contacts.add(zed));

    auto list = contacts.listForAccount(account);
    FW_ASSERT_OK(list);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).name, QStringLiteral("Zed"));
    EXPECT_TRUE(list->at(0).isPrimary);
    EXPECT_EQ(list->at(0).phone, QStringLiteral("+49 30 1234"));
    EXPECT_EQ(list->at(0).title, QStringLiteral("CFO"));
    EXPECT_EQ(list->at(1).name, QStringLiteral("Bea"));
    EXPECT_FALSE(list->at(1).isPrimary);

    auto primary = contacts.primaryForAccount(account);
    FW_ASSERT_OK(primary);
    EXPECT_EQ(primary->id, zed.id);
    EXPECT_EQ(primary->email, QStringLiteral("zed@example.org"));

    zed.isPrimary = false;
    FW_ASSERT_OK(contacts.update(zed));
    auto none = contacts.primaryForAccount(account);
    ASSERT_FALSE(none.has_value());
    EXPECT_EQ(none.error().code, ErrorCode::NotFound);

    FW_ASSERT_OK(contacts.remove(bea.id));
    EXPECT_EQ(contacts.find(bea.id).error().code, ErrorCode::NotFound);
}

TEST_P(PeopleRepositories, UsageEventsInADateRange)
{
    const qint64 account = addAccount();
    const qint64 other = addAccount(QStringLiteral("CRM-2"));
    UsageEventRepository usage(db());
    for (int day = 1; day <= 5; ++day) {
        UsageEvent e;
        e.accountId = account;
        e.occurredOn = QDate(2024, 2, 26).addDays(day); // 27 Feb … 2 Mar, across a leap day
        e.logins = day;
        e.activeSeats = 10 * day;
        e.keyActions = 100 * day;
        FW_ASSERT_OK(usage.add(e));
    }
    UsageEvent elsewhere;
    elsewhere.accountId = other;
    elsewhere.occurredOn = QDate(2024, 2, 29);
    FW_ASSERT_OK(usage.add(elsewhere));

    auto range = usage.listForAccount(account, QDate(2024, 2, 28), QDate(2024, 3, 1));
    FW_ASSERT_OK(range);
    ASSERT_EQ(range->size(), 3);
    EXPECT_EQ(range->at(0).occurredOn, QDate(2024, 2, 28));
    EXPECT_EQ(range->at(1).occurredOn, QDate(2024, 2, 29));
    EXPECT_EQ(range->at(2).occurredOn, QDate(2024, 3, 1));
    EXPECT_EQ(range->at(1).logins, 3);
    EXPECT_EQ(range->at(1).activeSeats, 30);
    EXPECT_EQ(range->at(1).keyActions, 300);

    UsageEvent sameDay;
    sameDay.accountId = account;
    sameDay.occurredOn = QDate(2024, 2, 29);
    sameDay.logins = 42;
    auto duplicate = usage.add(sameDay);
    ASSERT_FALSE(duplicate.has_value());
    EXPECT_EQ(duplicate.error().code, ErrorCode::UniqueViolation);

    auto upserted = usage.upsert(sameDay);
    FW_ASSERT_OK(upserted);
    EXPECT_EQ(*upserted, range->at(1).id) << "the day's row is replaced, not added";
    auto replaced = usage.find(*upserted);
    FW_ASSERT_OK(replaced);
    EXPECT_EQ(replaced->logins, 42);
    EXPECT_EQ(replaced->activeSeats, 0);

    UsageEvent negative = sameDay;
    negative.logins = -1;
    const Status refused = usage.update(negative);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
}

// Names as a German or Polish team writes them. Both engines must list
// them in the same, alphabetical order, ignoring case and accents as a
// reader does: an ICU collation on PostgreSQL does; SQLite's BINARY
// collation sorts by code point (capitals before small letters, every
// accented letter after "z").
TEST_P(PeopleRepositories, PeopleAndAccountsSortAlphabeticallyBeyondAscii)
{
    UserRepository users(db());
    const qint64 owner = addUser(QStringLiteral("zoe"), QStringLiteral("Zoe Meyer"));
    addUser(QStringLiteral("lukasz"), QStringLiteral("Łukasz Żółć"));
    addUser(QStringLiteral("oemer"), QStringLiteral("Ömer Yılmaz"));
    addUser(QStringLiteral("anna"), QStringLiteral("Anna Berg"));

    auto listed = users.list();
    FW_ASSERT_OK(listed);
    QStringList people;
    for (const User &user : *listed)
        people.append(user.displayName);
    EXPECT_EQ(people, (QStringList{QStringLiteral("Anna Berg"), QStringLiteral("Łukasz Żółć"),
                                   QStringLiteral("Ömer Yılmaz"), QStringLiteral("Zoe Meyer")}))
        << people.join(QStringLiteral(" | ")).toStdString();

    AccountRepository accounts(db());
    int number = 0;
    for (const QString &name : {QStringLiteral("Zahnarzt Ost"), QStringLiteral("Öl & Co"), QStringLiteral("Bäckerei Schmidt"),
                                QStringLiteral("Ärzte Müller"), QStringLiteral("apotheke am Markt")}) {
        Account account;
        account.externalId = QStringLiteral("DE-%1").arg(++number);
        account.name = name;
        account.plan = QStringLiteral("Team");
        account.customerSince = QDate(2021, 6, 1);
        account.ownerId = owner;
        FW_ASSERT_OK(accounts.add(account));
        auto stored = accounts.find(account.id);
        FW_ASSERT_OK(stored);
        EXPECT_EQ(stored->name, name) << "stored as given, letter for letter";
    }
    auto owned = accounts.listForOwner(owner);
    FW_ASSERT_OK(owned);
    QStringList names;
    for (const Account &account : *owned)
        names.append(account.name);
    EXPECT_EQ(names, (QStringList{QStringLiteral("apotheke am Markt"), QStringLiteral("Ärzte Müller"),
                                  QStringLiteral("Bäckerei Schmidt"), QStringLiteral("Öl & Co"),
                                  QStringLiteral("Zahnarzt Ost")}))
        << names.join(QStringLiteral(" | ")).toStdString();
}

FW_ON_BOTH_BACKENDS(PeopleRepositories);
