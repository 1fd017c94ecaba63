// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QList>
#include <QString>

#include <optional>

namespace fairwell {

// One merge field a note template may use, as `{{name}}`.
struct MergeField
{
    QString name;        // "contact.first_name"
    QString description; // translated, for the editor's help list and the README
    QString missing;     // translated sentence for when a case has no value for it
};

// The catalogue of merge fields: the only names a template may use.
class MergeFields
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::MergeFields)

public:
    static constexpr QLatin1String AccountName{"account.name"};
    static constexpr QLatin1String ContactFirstName{"contact.first_name"};
    static constexpr QLatin1String ContactLastName{"contact.last_name"};
    static constexpr QLatin1String CustomerSince{"customer_since"};
    static constexpr QLatin1String Tenure{"tenure"};
    static constexpr QLatin1String Plan{"plan"};
    static constexpr QLatin1String RepName{"rep.name"};
    static constexpr QLatin1String RepSignature{"rep.signature"};
    static constexpr QLatin1String EffectiveDate{"effective_date"};
    static constexpr QLatin1String ExportLink{"export.link"};
    static constexpr QLatin1String ExportDirections{"export.directions"};

    // Every field, in the order an editor lists them, translated now (so a
    // language chosen after start-up shows).
    static QList<MergeField> all();

    // Just the names, as all() orders them.
    static QStringList names();

    static bool isKnown(const QString &name);

    // The field called `name`; none when there is no such field.
    static std::optional<MergeField> find(const QString &name);

    // A known name that `unknown` was probably meant to be (another case,
    // a typing slip of one or two letters); empty when none is close.
    static QString closest(const QString &unknown);
};

} // namespace fairwell
