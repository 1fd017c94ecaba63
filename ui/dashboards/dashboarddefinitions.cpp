// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboarddefinitions.h"

namespace fairwell {

// Each text says what is counted, over which cases and by which date: the
// three places where vendors' figures of the same name part ways.

QString DashboardDefinitions::saveRate()
{
    return tr("The cases closed as saved, downgraded or paused, divided by all cases closed in the "
              "date range, counted by closing date. A range in which no case closed has no save rate (not 0 %).");
}

QString DashboardDefinitions::exitReasons()
{
    return tr("The churned cases closed in the date range, counted by their primary reason. A case "
              "with no reason recorded is counted as \"No reason recorded\"; a reason archived later is still "
              "counted under its own name. Secondary reasons are counted separately: a case can name several.");
}

QString DashboardDefinitions::mrrLost()
{
    return tr("The monthly recurring revenue the case recorded as lost when it closed (all of it for a "
              "churned customer, the difference for a downgrade), counted by closing date. Amounts are shown per "
              "currency and never added across currencies.");
}

QString DashboardDefinitions::trend()
{
    return tr("The cases opened in each period, by opening date, and the cases closed in it, by closing date "
              "and outcome. A period is a day for ranges up to 31 days, a week (from Monday) for "
              "ranges up to 92 days, a month for ranges up to ten years, and a year beyond that.");
}

QString DashboardDefinitions::reasonsByGroup()
{
    return tr("The churned cases closed in the date range, by the category of their "
              "primary reason and by the segment or plan the account has now.");
}

QString DashboardDefinitions::openAndOverdue()
{
    return tr("The open cases each person owns and their overdue tasks, as of today, whatever the date range. A task "
              "is overdue when it is still open, belongs to an open case, and was due before today.");
}

QString DashboardDefinitions::timeToFirstCall()
{
    return tr("The days from the case's opening (the customer's notice) to the first call "
              "logged on it, for the cases opened in the date range. Cases with no call yet are shown apart.");
}

QString DashboardDefinitions::timeToClose()
{
    return tr("The days from a case's opening to its closing, for the cases closed in the date "
              "range. The median is the middle value: half the cases took longer, half took less.");
}

QString DashboardDefinitions::thankYouShare()
{
    return tr("The churned cases closed in the date range with a thank-you note sent, divided by "
              "all churned cases closed in the range.");
}

QString DashboardDefinitions::feedbackShare()
{
    return tr("The cases closed in the date range with exit feedback recorded, divided by all "
              "cases closed in the range.");
}

QString DashboardDefinitions::winback()
{
    return tr("The check-ins due in the date range (cancelled ones not counted) and how many of them are "
              "done; the accounts that returned (a check-in with the outcome \"returned\" and its return date in "
              "the range) and the MRR they came back with, per currency.");
}

QString DashboardDefinitions::satisfaction()
{
    return tr("The feedback scores from 1 to 5 of the cases closed in the date range. The "
              "average counts only the cases that were given a score.");
}

QString DashboardDefinitions::dates()
{
    return tr("Every date is the calendar date the case recorded, with no time zones. A date range includes "
              "its first and its last day.");
}

QList<DashboardDefinitions::Definition> DashboardDefinitions::all()
{
    return {
        {tr("Save rate"), saveRate()},
        {tr("Exit reasons"), exitReasons()},
        {tr("MRR lost"), mrrLost()},
        {tr("Trend"), trend()},
        {tr("Reasons by segment and plan"), reasonsByGroup()},
        {tr("Open cases and overdue tasks"), openAndOverdue()},
        {tr("Time to first call"), timeToFirstCall()},
        {tr("Time to close"), timeToClose()},
        {tr("Thank-you share"), thankYouShare()},
        {tr("Feedback share"), feedbackShare()},
        {tr("Win-back"), winback()},
        {tr("Satisfaction at exit"), satisfaction()},
        {tr("Dates"), dates()},
    };
}

} // namespace fairwell
