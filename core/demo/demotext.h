// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace fairwell {

class DemoRandom;

// The words the demo data is made of: people's and companies' names per
// region, and the sentences of verbatims, call summaries and notes, put
// together from varied parts so that thousands of them do not read alike.
// All names are invented; e-mail domains end in .example and phone numbers
// use ranges set aside for fiction where a country has one.
class DemoText
{
public:
    enum class Names { English, German, French, Dutch, Spanish, Italian, Nordic };
    enum class CallOutcome { Reached, Voicemail, NoAnswer, WrongNumber };

    struct Region
    {
        QString name;
        QString currency;
        QString language;
        Names names;
        QStringList legalForms;
        QString phonePrefix;
        int weight; // in per mille of accounts
    };

    static const QList<Region> &regions();

    static QString firstName(DemoRandom &random, Names names);
    static QString lastName(DemoRandom &random, Names names);
    static QString companyName(DemoRandom &random, const Region &region);
    static QString jobTitle(DemoRandom &random, bool seniorContact);
    static QString phoneNumber(DemoRandom &random, const Region &region);

    // "Müller & Söhne GmbH" → "mueller-soehne"; for e-mail addresses.
    static QString slug(const QString &text);
    // "Nordlicht Logistik GmbH" → "nordlicht-logistik.example" (a domain
    // reserved for examples, so no demo note can reach a real inbox).
    static QString companyDomain(const QString &companyName, const Region &region);
    static QString emailLocalPart(const QString &firstName, const QString &lastName);

    static QString competitor(DemoRandom &random);

    // What the customer said, in their own words, for a reason of the
    // default taxonomy (any other reason gets general words).
    static QString verbatim(DemoRandom &random, const QString &reason, const QString &category);

    // A rep's summary of one call; `stage` 0 is the first call of a case.
    static QString callSummary(DemoRandom &random, CallOutcome outcome, const QString &firstName, int stage,
                               bool closingCall);

    // The rep's own line added to a template, in English or German.
    static QString personalLine(DemoRandom &random, bool german);

    static QString alternativeDescription(DemoRandom &random, const QString &kind);
    static QString winbackNote(DemoRandom &random, const QString &outcome);

    static QString exportDirectionsSubject(bool german);
    static QString exportDirectionsBody(const QString &firstName, const QString &link, const QString &repName,
                                        bool german);
    static QString confirmationSubject(bool german);
    static QString confirmationBody(const QString &firstName, const QString &accountName, const QString &endDate,
                                    const QString &repName, bool german);
};

} // namespace fairwell
