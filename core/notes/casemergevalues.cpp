// SPDX-License-Identifier: GPL-3.0-or-later
#include "casemergevalues.h"

#include "notes/mergefields.h"
#include "notes/mergeformat.h"
#include "services/casedetail.h"

#include <QStringList>

namespace fairwell {

namespace {

// A word before the name that is not part of it.
bool isTitle(const QString &word)
{
    static const QStringList titles = {QStringLiteral("mr"),   QStringLiteral("mrs"),  QStringLiteral("ms"),
                                       QStringLiteral("mx"),   QStringLiteral("dr"),   QStringLiteral("prof"),
                                       QStringLiteral("herr"), QStringLiteral("frau"), QStringLiteral("sir")};
    return word.endsWith(QLatin1Char('.')) || titles.contains(word.toLower());
}

} // namespace

CaseMergeValues::PersonName CaseMergeValues::splitName(const QString &fullName)
{
    QString name = fullName.simplified();
    if (const qsizetype comma = name.indexOf(QLatin1Char(',')); comma >= 0) {
        const QString before = name.left(comma).trimmed();
        const QString after = name.mid(comma + 1).trimmed();
        // "Keller, Maria" is written last name first; in "Maria Keller, PhD"
        // what follows the comma is no name at all.
        if (!before.contains(QLatin1Char(' ')) && !before.isEmpty() && !after.isEmpty())
            return {after, before};
        name = before;
    }
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (words.size() > 1 && isTitle(words.first()))
        words.removeFirst();
    if (words.isEmpty())
        return {};
    const QString first = words.takeFirst();
    return {first, words.join(QLatin1Char(' '))};
}

MergeValues CaseMergeValues::forCase(const CaseDetail &detail, const MergeSources &sources)
{
    const CaseHeader &header = detail.header;
    const QDate effective = header.offboardingCase.effectiveOn;
    const PersonName contact = splitName(header.contactName);

    MergeValues values;
    values.set(MergeFields::AccountName, header.accountName);
    values.set(MergeFields::ContactFirstName, contact.first);
    values.set(MergeFields::ContactLastName, contact.last);
    values.set(MergeFields::CustomerSince, MergeFormat::date(header.customerSince, sources.language));
    values.set(MergeFields::Tenure, MergeFormat::tenure(header.customerSince, effective.isValid() ? effective
                                                                                                : sources.today,
                                                        sources.language));
    values.set(MergeFields::Plan, header.plan);
    values.set(MergeFields::RepName, sources.repName);
    values.set(MergeFields::RepSignature, sources.repSignature);
    values.set(MergeFields::EffectiveDate, MergeFormat::date(effective, sources.language));
    values.set(MergeFields::ExportLink, sources.exportLink);
    values.set(MergeFields::ExportDirections, sources.exportDirections);
    return values;
}

} // namespace fairwell
