// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fairwell {

// What each figure of the dashboards means, said once: under its chart, in
// the dashboards' help and in the PDF report (the README says the same).
// Vendors' figures differ mostly by definition.
class DashboardDefinitions
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::DashboardDefinitions)

public:
    struct Definition
    {
        QString term;
        QString text;
    };
    static QList<Definition> all();

    static QString saveRate();
    static QString exitReasons();
    static QString mrrLost();
    static QString trend();
    static QString reasonsByGroup();
    static QString openAndOverdue();
    static QString timeToFirstCall();
    static QString timeToClose();
    static QString thankYouShare();
    static QString feedbackShare();
    static QString winback();
    static QString satisfaction();
    static QString dates();
};

} // namespace fairwell
