// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergefields.h"

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace fairwell {

namespace {

// Edit distance (insertions, deletions, substitutions), ignoring case; names
// are short, so the plain table is cheap.
int distance(QStringView a, QStringView b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const bool same = a.at(i - 1).toLower() == b.at(j - 1).toLower();
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (same ? 0 : 1)});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

QList<MergeField> MergeFields::all()
{
    return {
        {AccountName, tr("The customer's account name."),
         tr("The note needs the account's name, and this case has none. "
            "Add it to the account or write the name yourself.")},
        {ContactFirstName, tr("The primary contact's first name."),
         tr("The note needs the contact's first name, and this case has none. "
            "Add it to the contact or write the greeting yourself.")},
        {ContactLastName, tr("The primary contact's last name."),
         tr("The note needs the contact's last name, and this case has none. "
            "Add it to the contact or write the greeting yourself.")},
        {CustomerSince, tr("The date the account became a customer, written in the template's language."),
         tr("The note needs the date the account became a customer, and this case has none. "
            "Add it to the account or leave that sentence out.")},
        {Tenure,
         tr("How long the account has been a customer, in years and months (\"3 years and 2 months\"), "
            "up to the effective date or, without one, today; in the template's language."),
         tr("The note needs how long the account has been a customer, and this case cannot tell: the account "
            "has no customer-since date, or one after the effective date. Correct the date or leave that "
            "sentence out.")},
        {Plan, tr("The account's plan."),
         tr("The note needs the account's plan, and this case has none. "
            "Add it to the account or write it yourself.")},
        {RepName, tr("The name of the person writing the note."),
         tr("The note needs your name, and your user has none. Add a display name or sign the note yourself.")},
        {RepSignature, tr("The signature of the person writing the note; it may span several lines."),
         tr("The note needs your signature, and none is set. Add one or sign the note yourself.")},
        {EffectiveDate, tr("The date the contract ends, written in the template's language."),
         tr("The note needs the date the contract ends, and this case has none. "
            "Add the effective date to the case or leave that sentence out.")},
        {ExportLink, tr("The link to the customer's data export."),
         tr("The note needs the link to the data export, and none is set. "
            "Add it in the settings or paste the link yourself.")},
        {ExportDirections, tr("How the customer gets and uses the data export, as text."),
         tr("The note needs the directions for the data export, and none are set. "
            "Add them in the settings or write them yourself.")},
    };
}

QStringList MergeFields::names()
{
    QStringList result;
    const QList<MergeField> fields = all();
    for (const MergeField &field : fields)
        result.append(field.name);
    return result;
}

bool MergeFields::isKnown(const QString &name)
{
    static const QStringList known = names(); // names are never translated
    return known.contains(name);
}

std::optional<MergeField> MergeFields::find(const QString &name)
{
    const QList<MergeField> fields = all();
    for (const MergeField &field : fields) {
        if (field.name == name)
            return field;
    }
    return std::nullopt;
}

QString MergeFields::closest(const QString &unknown)
{
    constexpr int MostEdits = 2;
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    const QStringList known = names();
    for (const QString &name : known) {
        if (std::abs(name.size() - unknown.size()) > MostEdits)
            continue;
        const int d = distance(unknown, name);
        if (d < bestDistance) {
            best = name;
            bestDistance = d;
        }
    }
    // A wrong case alone is distance 0 here and always a good guess.
    return bestDistance <= MostEdits ? best : QString();
}

} // namespace fairwell
