// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/democatalog.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace fairwell {

// The skeleton of the demo data, decided in memory before anything is
// written: users, accounts with their commercial facts, and each case's
// timeline, outcome and the customer's answers. Rows and texts are filled in
// by DemoGenerator as it writes.
class DemoPlan
{
public:
    struct User
    {
        QString login;
        QString name;
        QString role; // rep, manager, admin
        int manager = -1; // a rep's manager, index into users
    };

    struct Account
    {
        int region = 0; // index into DemoText::regions()
        int segment = 0; // index into segments()
        QString plan;
        qint64 mrrMinor = 0;
        QDate customerSince;
        int owner = 0; // index into users
        int seats = 1;
        bool dailyUsage = false;
        bool quietlyAtRisk = false;
        int lastCase = -1; // index into cases, the latest by opening
    };

    struct Case
    {
        int account = 0;
        int owner = 0;
        int playbook = 0; // index into the catalog's playbooks
        int reason = 0; // index into the catalog's reasons
        bool atRisk = false;
        QDate openedOn;
        QDate effectiveOn; // may be invalid (an at-risk case has no notice)
        QDate closedOn; // invalid while open
        QString outcome; // empty while open
        qint64 mrrLostMinor = 0;
        int returnedFrom = -1; // index into cases

        bool feedback = false;
        int satisfaction = 0; // 0: not asked
        QString wouldReturn;
        bool mayContactLater = false;

        QDate winbackDue; // invalid: no check-in
        QString winbackStatus;
        QString winbackOutcome;
        QDate winbackDoneOn;

        bool isClosed() const { return closedOn.isValid(); }
    };

    struct Sizes
    {
        int admins = 1;
        int managers = 2;
        int reps = 9;
        int accounts = 2000;
        int cases = 500;
    };

    static DemoPlan make(const DemoCatalog &catalog, const Sizes &sizes, quint64 seed, const QDate &today);

    static const QStringList &segments();

    std::vector<User> users;
    std::vector<Account> accounts;
    std::vector<Case> cases; // in order of opening: their ids follow it
    std::vector<int> admins;
    std::vector<int> managers;
    std::vector<int> reps;
};

} // namespace fairwell
