// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoplan.h"

#include "demorandom.h"
#include "demotext.h"


#include <algorithm>
#include <numeric>
#include <set>

namespace fairwell {

namespace {

// Separate random streams per purpose (see DemoRandom::stream).
enum Stream : quint64 { UsersStream = 101, AccountsStream = 102, CasesStream = 103 };

// How often each default category is the primary reason, in per mille; an
// admin's own categories get an even share.
int categoryWeight(const QString &name)
{
    static const QList<std::pair<QString, int>> weights = {
        {QStringLiteral("Price and value"), 220},
        {QStringLiteral("Product fit"), 170},
        {QStringLiteral("Competition"), 150},
        {QStringLiteral("Adoption"), 120},
        {QStringLiteral("Business changes"), 150},
        {QStringLiteral("Service and support"), 70},
        {QStringLiteral("Technical issues and reliability"), 80},
        {QStringLiteral("Other"), 40},
    };
    for (const auto &[category, weight] : weights) {
        if (category == name)
            return weight;
    }
    return 100;
}

QDate endOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), date.daysInMonth());
}

} // namespace

const QStringList &DemoPlan::segments()
{
    static const QStringList names = {QStringLiteral("smb"), QStringLiteral("mid_market"),
                                      QStringLiteral("enterprise")};
    return names;
}

DemoPlan DemoPlan::make(const DemoCatalog &catalog, const Sizes &sizes, quint64 seed, const QDate &today)
{
    DemoPlan plan;
    const QDate yesterday = today.addDays(-1);

    // --- The team -----------------------------------------------------------
    DemoRandom people = DemoRandom::stream(seed, UsersStream);
    std::set<QString> logins;
    const int userCount = sizes.admins + sizes.managers + sizes.reps;
    for (int i = 0; i < userCount; ++i) {
        User user;
        user.role = i < sizes.admins                   ? QStringLiteral("admin")
                    : i < sizes.admins + sizes.managers ? QStringLiteral("manager")
                                                        : QStringLiteral("rep");
        const auto names = DemoText::Names(people.weighted({35, 30, 8, 7, 6, 6, 8}));
        const QString first = DemoText::firstName(people, names);
        const QString last = DemoText::lastName(people, names);
        user.name = first + QLatin1Char(' ') + last;
        QString login = DemoText::emailLocalPart(first, last);
        for (int n = 2; logins.count(login) > 0; ++n)
            login = DemoText::emailLocalPart(first, last) + QString::number(n);
        logins.insert(login);
        user.login = login;
        plan.users.push_back(user);
        (user.role == QLatin1String("admin")     ? plan.admins
         : user.role == QLatin1String("manager") ? plan.managers
                                                  : plan.reps)
            .push_back(i);
    }
    for (size_t r = 0; r < plan.reps.size(); ++r)
        plan.users[size_t(plan.reps[r])].manager = plan.managers.empty() ? -1 : plan.managers[r % plan.managers.size()];

    // --- Accounts -----------------------------------------------------------
    DemoRandom commerce = DemoRandom::stream(seed, AccountsStream);
    const QList<DemoText::Region> &regions = DemoText::regions();
    plan.accounts.reserve(size_t(sizes.accounts));
    for (int i = 0; i < sizes.accounts; ++i) {
        Account account;
        int draw = int(commerce.between(0, 999));
        account.region = 0;
        for (int r = 0; r < regions.size(); ++r) {
            if (draw < regions.at(r).weight) {
                account.region = r;
                break;
            }
            draw -= regions.at(r).weight;
        }
        account.segment = commerce.weighted({62, 28, 10});
        // The smaller plan with its chance, else the larger one; MRR drawn in
        // steps of `step` minor units, then the seats.
        struct PlanChoice
        {
            const char *name;
            qint64 low, high, step;
        };
        struct SegmentPricing
        {
            double smallerChance;
            PlanChoice smaller, larger;
            qint64 minSeats, maxSeats;
        };
        static const SegmentPricing pricing[] = {
            {0.6, {"Starter", 19, 99, 100}, {"Team", 12, 60, 1000}, 2, 15},
            {0.4, {"Team", 40, 90, 1000}, {"Business", 9, 50, 10000}, 15, 120},
            {0.3, {"Business", 30, 60, 10000}, {"Enterprise", 40, 400, 10000}, 100, 1500},
        };
        const SegmentPricing &price = pricing[std::clamp(account.segment, 0, 2)];
        const PlanChoice &choice = commerce.chance(price.smallerChance) ? price.smaller : price.larger;
        account.plan = QString::fromLatin1(choice.name);
        account.mrrMinor = commerce.between(choice.low, choice.high) * choice.step;
        account.seats = int(commerce.between(price.minSeats, price.maxSeats));
        // Most customers joined in the last few years, a few long ago.
        account.customerSince = today.addDays(-(commerce.between(60, 1800) + commerce.between(0, 1800)));
        account.owner = plan.reps.empty() ? 0 : plan.reps[size_t(commerce.index(qsizetype(plan.reps.size())))];
        account.dailyUsage = commerce.perMille(200);
        account.quietlyAtRisk = commerce.perMille(40);
        plan.accounts.push_back(account);
    }

    // --- Cases --------------------------------------------------------------
    DemoRandom story = DemoRandom::stream(seed, CasesStream);
    QList<int> categoryWeights;
    for (const DemoCatalog::Category &category : catalog.categories)
        categoryWeights.append(category.reasons.isEmpty() ? 0 : categoryWeight(category.name));
    const int weightTotal = std::accumulate(categoryWeights.cbegin(), categoryWeights.cend(), 0);

    auto drawReason = [&]() {
        qint64 draw = story.between(0, std::max(1, weightTotal) - 1);
        for (int c = 0; c < categoryWeights.size(); ++c) {
            if (draw < categoryWeights.at(c))
                return catalog.categories.at(c).reasons.at(story.index(catalog.categories.at(c).reasons.size()));
            draw -= categoryWeights.at(c);
        }
        return 0;
    };

    // Fills in one case's story once its account, opening day and origin are
    // known.
    auto tell = [&](Case &c) {
        const Account &account = plan.accounts[size_t(c.account)];
        c.owner = account.owner;
        if (!plan.reps.empty() && story.perMille(100)) // reassigned, e.g. during a holiday
            c.owner = plan.reps[size_t(story.index(qsizetype(plan.reps.size())))];
        c.reason = drawReason();
        const DemoCatalog::Reason &reason = catalog.reasons.at(c.reason);
        const DemoCatalog::Category &category = catalog.categories.at(reason.category);
        c.playbook = catalog.choosePlaybook(segments().at(account.segment), account.plan, account.mrrMinor,
                                            category.id);
        if (c.playbook < 0)
            c.playbook = 0;

        if (c.atRisk) {
            if (story.perMille(600))
                c.effectiveOn = c.openedOn.addDays(story.between(20, 120));
        } else {
            static const int notices[] = {14, 30, 30, 30, 60, 90};
            c.effectiveOn = endOfMonth(c.openedOn.addDays(notices[story.index(6)]));
        }

        // Offboarding should be quick; a few cases drag on.
        int days = 2 + int(story.between(0, 10) + story.between(0, 10));
        if (story.perMille(150))
            days += int(story.between(5, 40));
        if (c.atRisk)
            days += int(story.between(10, 40)); // watching an at-risk account takes longer
        QDate closing = c.openedOn.addDays(days);
        // Many cases stay open until the contract has ended and the last
        // invoice is settled.
        if (c.effectiveOn.isValid() && story.perMille(450))
            closing = std::max(closing, c.effectiveOn.addDays(story.between(1, 5)));
        if (closing <= yesterday)
            c.closedOn = closing;

        const bool businessChange = category.name == QLatin1String("Business changes");
        const bool canOffer = catalog.playbooks.at(c.playbook).offersAlternative && !businessChange;
        if (c.isClosed()) {
            static const QString outcomes[] = {QStringLiteral("churned"), QStringLiteral("saved"),
                                               QStringLiteral("downgraded"), QStringLiteral("paused")};
            if (c.atRisk)
                c.outcome = outcomes[story.weighted({25, 55, 12, 8})];
            else if (canOffer)
                c.outcome = outcomes[story.weighted({80, 6, 9, 5})];
            else
                c.outcome = outcomes[0];
            if (c.outcome == QLatin1String("churned"))
                c.mrrLostMinor = account.mrrMinor;
            else if (c.outcome == QLatin1String("downgraded"))
                c.mrrLostMinor = account.mrrMinor * story.between(3, 7) / 1000 * 100;
        }

        c.feedback = c.isClosed() ? story.perMille(960) : story.perMille(450);
        if (c.feedback) {
            if (!story.perMille(80)) {
                const QString &name = category.name;
                if (name == QLatin1String("Service and support")
                    || name == QLatin1String("Technical issues and reliability"))
                    c.satisfaction = int(story.between(1, 3));
                else if (businessChange || name == QLatin1String("Other"))
                    c.satisfaction = int(story.between(3, 5));
                else
                    c.satisfaction = int(story.between(2, 5));
            }
            static const QString answers[] = {QStringLiteral("yes"), QStringLiteral("maybe"), QStringLiteral("no"),
                                              QStringLiteral("unknown")};
            if (reason.name == QLatin1String("Business closed"))
                c.wouldReturn = answers[story.weighted({0, 5, 60, 35})];
            else if (c.satisfaction >= 4)
                c.wouldReturn = answers[story.weighted({40, 45, 5, 10})];
            else if (c.satisfaction == 3 || c.satisfaction == 0)
                c.wouldReturn = answers[story.weighted({15, 50, 20, 15})];
            else
                c.wouldReturn = answers[story.weighted({5, 25, 55, 15})];
            const int permission = c.wouldReturn == QLatin1String("yes")     ? 900
                                   : c.wouldReturn == QLatin1String("maybe") ? 600
                                   : c.wouldReturn == QLatin1String("no")    ? 40
                                                                             : 300;
            c.mayContactLater = story.perMille(permission);
        } else {
            c.wouldReturn = QStringLiteral("unknown");
        }

        // Win-back check-ins only where the customer agreed.
        if (c.isClosed() && c.mayContactLater
            && (c.outcome == QLatin1String("churned") || c.outcome == QLatin1String("downgraded"))) {
            static const int months[] = {90, 120, 180, 180, 270, 365};
            c.winbackDue = c.closedOn.addDays(months[story.index(6)]);
            c.winbackStatus = QStringLiteral("planned");
            if (c.winbackDue <= yesterday) {
                const int status = story.weighted({85, 5, 10});
                if (status == 0) {
                    c.winbackStatus = QStringLiteral("done");
                    static const QString results[] = {QStringLiteral("returned"), QStringLiteral("not_yet"),
                                                      QStringLiteral("declined"), QStringLiteral("no_answer")};
                    c.winbackOutcome = results[story.weighted({c.outcome == QLatin1String("churned") ? 10 : 0, 40,
                                                               20, 30})];
                    c.winbackDoneOn = std::min(c.winbackDue.addDays(story.between(0, 10)), yesterday);
                } else if (status == 1) {
                    c.winbackStatus = QStringLiteral("cancelled");
                }
            }
        }
    };

    std::vector<char> hasCase(plan.accounts.size(), 0);
    std::vector<Case> cases;
    cases.reserve(size_t(sizes.cases) + size_t(sizes.cases) / 20);
    const int accountsWithCases = std::min(sizes.cases, int(plan.accounts.size()));
    for (int i = 0; i < accountsWithCases; ++i) {
        Case c;
        // Small customers leave more often than large ones.
        for (;;) {
            c.account = story.index(qsizetype(plan.accounts.size()));
            if (hasCase[size_t(c.account)])
                continue;
            const int segment = plan.accounts[size_t(c.account)].segment;
            if (segment == 2 && story.perMille(400))
                continue;
            if (segment == 1 && story.perMille(150))
                continue;
            break;
        }
        hasCase[size_t(c.account)] = 1;
        // Spread over three years, leaning to recent months (the business
        // grew), with the team's current work in the last six weeks.
        const int when = story.weighted({46, 46, 8});
        const qint64 age = when == 0   ? story.between(1, 1095)
                           : when == 1 ? std::min(story.between(1, 1095), story.between(1, 1095))
                                       : story.between(1, 45);
        c.openedOn = today.addDays(-age);
        c.atRisk = story.perMille(120);
        tell(c);
        cases.push_back(c);
    }

    // A few customers came back after a win-back check-in; when such an
    // account is at risk again later, its new case remembers the old one.
    const size_t firstCases = cases.size();
    for (size_t i = 0; i < firstCases; ++i) {
        if (cases[i].winbackOutcome != QLatin1String("returned"))
            continue;
        const QDate opened = cases[i].winbackDoneOn.addDays(story.between(60, 500));
        if (opened > yesterday)
            continue;
        Case again;
        again.account = cases[i].account;
        again.openedOn = opened;
        again.atRisk = story.perMille(600);
        again.returnedFrom = int(i);
        tell(again);
        cases.push_back(again);
    }

    // Ids follow the opening day, as they would in a real database.
    std::vector<int> order(cases.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return cases[size_t(a)].openedOn < cases[size_t(b)].openedOn; });
    std::vector<int> position(cases.size());
    for (size_t p = 0; p < order.size(); ++p)
        position[size_t(order[p])] = int(p);
    plan.cases.reserve(cases.size());
    for (int index : order) {
        Case c = cases[size_t(index)];
        if (c.returnedFrom >= 0)
            c.returnedFrom = position[size_t(c.returnedFrom)];
        plan.cases.push_back(c);
    }

    // Every account was a customer well before it first thought of leaving;
    // a downgrade lowers what it pays today.
    for (size_t p = 0; p < plan.cases.size(); ++p) {
        const Case &c = plan.cases[p];
        Account &account = plan.accounts[size_t(c.account)];
        const QDate latestStart = c.openedOn.addDays(-60 - story.between(0, 700));
        if (account.customerSince > latestStart)
            account.customerSince = latestStart;
        account.lastCase = int(p);
        if (c.outcome == QLatin1String("downgraded"))
            account.mrrMinor -= c.mrrLostMinor;
    }
    return plan;
}

} // namespace fairwell
