// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notes/mergevalues.h"

#include <QDate>
#include <QString>

namespace fairwell {

struct CaseDetail;

// What a note's merge fields take from outside the case; the note service
// fills it from the acting user and the settings.
struct MergeSources
{
    QString repName;          // who writes and signs the note
    QString repSignature;     // that person's signature, may span lines; empty: none
    QString exportLink;       // where the customer's data export is; empty: none
    QString exportDirections; // how to get and use the export, as text; empty: none
    QString language;         // the template's ("en", "de"): dates and tenure are written in it
    QDate today;              // tenure runs to the effective date, or without one to this day
};

// The merge values of one case: every field of MergeFields, blank where the
// case has nothing, so the renderer can say which is missing.
class CaseMergeValues
{
public:
    static MergeValues forCase(const CaseDetail &detail, const MergeSources &sources);

    struct PersonName
    {
        QString first;
        QString last;
    };

    // A contact's one name field taken apart: the first word is the first
    // name and the rest the last name ("Maria" alone has no last name);
    // titles before it ("Dr.", "Frau") and a suffix after a comma ("Maria
    // Keller, PhD") are left out, and "Keller, Maria" is read last name first.
    static PersonName splitName(const QString &fullName);
};

} // namespace fairwell
