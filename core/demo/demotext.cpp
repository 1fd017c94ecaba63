// SPDX-License-Identifier: GPL-3.0-or-later
#include "demotext.h"

#include "demorandom.h"

#include <QHash>
#include <QMutex>

#include <map>

namespace fairwell {

namespace {

// Word lists are written as one "|"-separated UTF-8 string each: short to
// read and cheap to build once.
QStringList words(const char *utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char('|'));
}

const QStringList &firstNames(DemoText::Names names)
{
    static const QList<QStringList> lists = {
        words("James|Olivia|Daniel|Emma|Michael|Sophie|David|Grace|Thomas|Chloe|Ryan|Hannah|Samuel|Lucy|Ethan|"
              "Amelia|Nathan|Megan|Adam|Rachel|Ben|Laura|Chris|Jessica|Mark|Emily|Jordan|Priya|Omar|Aisha|"
              "Kevin|Natalie|Marcus|Alicia|Sean|Fiona|Liam|Zoe|Patrick|Maya"),
        words("Anna|Lukas|Julia|Jonas|Katharina|Felix|Lena|Maximilian|Sarah|Tobias|Laura|Florian|Miriam|Stefan|"
              "Johanna|Matthias|Carina|Sebastian|Franziska|Jan|Nina|Moritz|Theresa|Philipp|Sabine|Andreas|"
              "Claudia|Markus|Jana|Tim|Ulrike|Benedikt|Vanessa|Jörg|Birgit|Niklas|Elif|Deniz"),
        words("Camille|Louis|Chloé|Hugo|Léa|Julien|Manon|Antoine|Élodie|Nicolas|Pauline|Mathieu|Claire|"
              "Guillaume|Inès|Thibault|Margaux|Sébastien|Amandine|Romain|Yasmine|Karim|Céline|Olivier"),
        words("Daan|Sanne|Bram|Lotte|Thijs|Eva|Ruben|Fleur|Sem|Iris|Jeroen|Anouk|Pieter|Femke|Joris|Noor|"
              "Wouter|Marieke|Lars|Esther"),
        words("Lucía|Javier|María|Alejandro|Carmen|Pablo|Laura|Diego|Marta|Sergio|Elena|Álvaro|Paula|Raúl|"
              "Cristina|Adrián|Nuria|Jorge"),
        words("Giulia|Marco|Chiara|Luca|Francesca|Alessandro|Sara|Matteo|Valentina|Davide|Elisa|Lorenzo|Martina|"
              "Simone|Federica|Andrea|Silvia|Paolo"),
        words("Erik|Ingrid|Lars|Sofia|Anders|Maja|Johan|Elin|Mikael|Linnea|Henrik|Astrid|Oskar|Freja|Mats|Saga|"
              "Nils|Ida|Jonas|Emilia"),
    };
    return lists.at(int(names));
}

const QStringList &lastNames(DemoText::Names names)
{
    static const QList<QStringList> lists = {
        words("Smith|Johnson|Walker|Hughes|Patel|Clarke|Turner|Wright|Bennett|Murphy|Reid|Evans|Collins|Foster|"
              "Harrison|Kelly|Morgan|Shaw|Price|Ward|Brooks|Hayes|Khan|Lawson|Barnes|Fletcher|Carter|Doyle|"
              "Gallagher|Nguyen|Okafor|Ramirez|Sullivan|Taylor|Whitfield|Young"),
        words("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|Richter|Klein|Wolf|"
              "Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Werner|Krause|Lehmann|"
              "Köhler|Maier|Huber|Kaiser|Fuchs|Vogel|Brandt|Yilmaz|Kowalski|Seidel"),
        words("Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefebvre|"
              "Michel|Garcia|Fournier|Girard|Bonnet|Dupont|Lambert|Fontaine|Rousseau|Mercier|Benali"),
        words("de Jong|Jansen|de Vries|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Bos|Vos|Peters|"
              "Hendriks|van Dijk|Dekker|Verhoeven|Janssens|Maes|Claes"),
        words("García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|"
              "Hernández|Díaz|Moreno|Álvarez|Romero|Navarro"),
        words("Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|"
              "De Luca|Mancini|Costa|Giordano|Lombardi"),
        words("Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsen|Hansen|Nielsen|Jensen|Virtanen|"
              "Korhonen|Lindqvist|Berg|Dahl|Holm|Lund|Strand"),
    };
    return lists.at(int(names));
}

// The same for lists used inside a function, built on first use. Keyed by
// the literal's address, which is fixed for the life of the program.
const QStringList &listOf(const char *utf8)
{
    static QMutex mutex;
    static std::map<const char *, QStringList> cache;
    QMutexLocker lock(&mutex);
    auto found = cache.find(utf8);
    if (found == cache.end())
        found = cache.emplace(utf8, words(utf8)).first;
    return found->second;
}

// Fills in the name where a sentence has a place for it.
QString withName(const QString &sentence, const QString &name)
{
    return sentence.contains(QLatin1String("%1")) ? sentence.arg(name) : sentence;
}

} // namespace

const QList<DemoText::Region> &DemoText::regions()
{
    static const QList<Region> list = {
        {QStringLiteral("DACH"), QStringLiteral("EUR"), QStringLiteral("de"), Names::German,
         words("GmbH|GmbH|GmbH|AG|GmbH & Co. KG|UG"), QStringLiteral("+49"), 300},
        {QStringLiteral("Benelux"), QStringLiteral("EUR"), QStringLiteral("nl"), Names::Dutch,
         words("BV|BV|NV|BV"), QStringLiteral("+31"), 100},
        {QStringLiteral("France"), QStringLiteral("EUR"), QStringLiteral("fr"), Names::French,
         words("SAS|SAS|SARL|SA"), QStringLiteral("+33"), 110},
        {QStringLiteral("Southern Europe"), QStringLiteral("EUR"), QStringLiteral("es"), Names::Spanish,
         words("SL|SL|SA"), QStringLiteral("+34"), 70},
        {QStringLiteral("Southern Europe"), QStringLiteral("EUR"), QStringLiteral("it"), Names::Italian,
         words("Srl|Srl|SpA"), QStringLiteral("+39"), 60},
        {QStringLiteral("Nordics"), QStringLiteral("EUR"), QStringLiteral("en"), Names::Nordic,
         words("AB|Oy|ApS|AS"), QStringLiteral("+46"), 110},
        {QStringLiteral("UK & Ireland"), QStringLiteral("GBP"), QStringLiteral("en"), Names::English,
         words("Ltd|Ltd|Limited|LLP"), QStringLiteral("+44"), 110},
        {QStringLiteral("North America"), QStringLiteral("USD"), QStringLiteral("en"), Names::English,
         words("Inc|Inc|LLC|Corp"), QStringLiteral("+1"), 140},
    };
    return list;
}

QString DemoText::firstName(DemoRandom &random, Names names)
{
    return random.pick(firstNames(names));
}

QString DemoText::lastName(DemoRandom &random, Names names)
{
    return random.pick(lastNames(names));
}

QString DemoText::companyName(DemoRandom &random, const Region &region)
{
    static const QStringList brands = words(
        "Nordlicht|Bluefield|Silverline|Kestrel|Alder|Brightwater|Copperleaf|Greystone|Harbour|Ironbridge|"
        "Juniper|Lakeside|Meridian|Northgate|Oakridge|Pinecrest|Quarry|Redwood|Saltmarsh|Tidewater|Upland|"
        "Westwind|Amber|Beacon|Cobalt|Driftwood|Elm|Fjord|Granite|Heron|Indigo|Kite|Linden|Marlow|Nimbus|"
        "Orchard|Pebble|Quill|Riverbend|Sable|Thistle|Vantage|Willow|Zephyr|Aurora|Birch|Cedar|Delta|Ember|"
        "Falcon|Glacier|Hawthorn|Iris|Jasper|Lumen|Maple|Nova|Onyx|Polaris|Rowan|Summit|Tamarind|Vela|Yarrow");
    static const QStringList starts = words(
        "Bright|Clear|Swift|True|Open|Blue|Green|Smart|Peak|Sun|Cloud|Data|Flow|Pixel|Signal|Spark|Stack|"
        "Task|Ever|Hello|Insight|Kind|Loop|Mint|Next|Plan|Quick|Ready|Shift|Team|Up|Wave");
    static const QStringList ends = words(
        "loop|works|ly|hub|base|point|wise|path|cast|grid|line|mark|nest|pilot|scope|sense|ware|yard|bit|"
        "craft|desk|dock|field|forge|frame|gate|labs|logic|metrics|ops|port|stack");
    static const QStringList trades = words(
        "Logistics|Analytics|Studio|Consulting|Architects|Dental|Bakery|Software|Engineering|Media|Health|"
        "Travel|Foods|Energy|Robotics|Legal|Design|Marketing|Print|Retail|Learning|Property|Fitness|Clinics|"
        "Security|Brewing|Outdoor|Furniture|Textiles|Pharma|Insurance|Finance|Events|Farms|Motors|Optics");
    static const QStringList germanTrades = words(
        "Logistik|Bau|Technik|Werke|Handel|Druck|Elektro|Holzbau|Metallbau|Immobilien|Steuerberatung|"
        "Zahntechnik|Gastronomie|Reisen|Versand|Medien|Maschinenbau|Landtechnik|Optik|Kanzlei");

    QString base;
    switch (random.weighted({40, 25, 15, 20})) {
    case 0:
        base = random.pick(brands) + QLatin1Char(' ')
               + (region.names == Names::German && random.chance(0.6) ? random.pick(germanTrades)
                                                                       : random.pick(trades));
        break;
    case 1:
        base = random.pick(starts) + random.pick(ends);
        break;
    case 2:
        base = lastName(random, region.names) + QLatin1String(" & ") + lastName(random, region.names);
        break;
    default:
        base = lastName(random, region.names) + QLatin1Char(' ')
               + (region.names == Names::German && random.chance(0.6) ? random.pick(germanTrades)
                                                                       : random.pick(trades));
        break;
    }
    return base + QLatin1Char(' ') + random.pick(region.legalForms);
}

QString DemoText::jobTitle(DemoRandom &random, bool seniorContact)
{
    static const QStringList senior = words(
        "CEO|Managing Director|COO|CFO|Head of Operations|VP Customer Experience|Founder|Owner|"
        "Head of Finance|CTO|Head of Sales");
    static const QStringList other = words(
        "Operations Manager|Office Manager|Team Lead|Project Manager|IT Administrator|Finance Manager|"
        "Procurement Lead|Marketing Manager|Sales Operations|Customer Service Lead|Product Owner");
    return seniorContact ? random.pick(senior) : random.pick(other);
}

QString DemoText::phoneNumber(DemoRandom &random, const Region &region)
{
    auto digits = [&](int count) {
        QString result;
        for (int i = 0; i < count; ++i)
            result += QChar(u'0' + int(random.between(0, 9)));
        return result;
    };
    const QString prefix = region.phonePrefix;
    if (prefix == QLatin1String("+44")) // Ofcom's range for drama: 020 7946 0000-0999
        return QStringLiteral("+44 20 7946 0") + digits(3);
    if (prefix == QLatin1String("+1")) // 555-0100 to 555-0199 are fictional
        return QStringLiteral("+1 ") + QString::number(random.between(201, 989)) + QStringLiteral(" 555 01")
               + digits(2);
    if (prefix == QLatin1String("+33")) // 01 99 00 xx xx is set aside for fiction
        return QStringLiteral("+33 1 99 00 ") + digits(2) + QLatin1Char(' ') + digits(2);
    if (prefix == QLatin1String("+49"))
        return QStringLiteral("+49 ") + random.pick(listOf("30|40|69|89|221|711|341")) + QLatin1Char(' ')
               + digits(7);
    return prefix + QLatin1Char(' ') + digits(2) + QLatin1Char(' ') + digits(3) + QLatin1Char(' ') + digits(4);
}

QString DemoText::slug(const QString &text)
{
    QString result;
    result.reserve(text.size() + 4);
    bool dash = false;
    for (const QChar c : text) {
        QString piece;
        switch (c.unicode()) {
        case u'ä': case u'Ä': piece = QStringLiteral("ae"); break;
        case u'ö': case u'Ö': piece = QStringLiteral("oe"); break;
        case u'ü': case u'Ü': piece = QStringLiteral("ue"); break;
        case u'ß': piece = QStringLiteral("ss"); break;
        default: {
            const QString plain = QString(c).normalized(QString::NormalizationForm_D);
            const QChar first = plain.isEmpty() ? c : plain.at(0);
            if (first.unicode() < 128 && first.isLetterOrNumber())
                piece = first.toLower();
        }
        }
        if (piece.isEmpty()) {
            dash = !result.isEmpty();
            continue;
        }
        if (dash)
            result += QLatin1Char('-');
        dash = false;
        result += piece;
    }
    return result;
}

QString DemoText::companyDomain(const QString &companyName, const Region &region)
{
    QString base = companyName;
    for (const QString &form : region.legalForms) {
        if (base.endsWith(QLatin1Char(' ') + form)) {
            base.chop(form.size() + 1);
            break;
        }
    }
    return slug(base) + QStringLiteral(".example");
}

QString DemoText::emailLocalPart(const QString &firstName, const QString &lastName)
{
    QString local = slug(firstName) + QLatin1Char('.') + slug(lastName);
    local.replace(QLatin1Char('-'), QString());
    return local;
}

QString DemoText::competitor(DemoRandom &random)
{
    static const QStringList names = words(
        "Tallyhub|Brightdesk|Clearpath CRM|Keepwell|Stackline|Nordic Suite|Orbitly|Pipewise|Sunbeam Apps|"
        "Teamforge|Quillio|Haventa|Loopline|Ravenmark|Zentro");
    return random.pick(names);
}

QString DemoText::verbatim(DemoRandom &random, const QString &reason, const QString &category)
{
    // Two or three things a customer might say for each default reason.
    static const QHash<QString, QStringList> byReason = {
        {QStringLiteral("Too expensive for our budget"),
         words("the subscription has become hard to justify on our budget|we simply can't afford it at the "
               "moment|after the last price increase it is more than we can spend")},
        {QStringLiteral("Not enough value for the price"),
         words("we only use a fraction of it and still pay for all of it|for what we get out of it, the price "
               "feels too high|it's good, but not good enough for what it costs us")},
        {QStringLiteral("Pricing model does not fit how we work"),
         words("paying per seat doesn't work when half our people are seasonal|we need a plan for a small team "
               "and there isn't one|the tiers force us to pay for features we never touch")},
        {QStringLiteral("Missing a feature we need"),
         words("we waited a long time for offline mode and can't wait any longer|without proper reporting we "
               "keep exporting to spreadsheets|we need multi-currency invoicing and it's not there")},
        {QStringLiteral("Too complex for what we need"),
         words("it does far more than we need and the team finds it overwhelming|every small change takes "
               "too many clicks|we wanted something simpler")},
        {QStringLiteral("We outgrew the product"),
         words("we've grown to five locations and need more than it can do|our processes have become too "
               "complex for it|we need enterprise controls now")},
        {QStringLiteral("A needed integration is missing"),
         words("it doesn't talk to our accounting system|without an integration with our ERP we keep typing "
               "things twice|the API doesn't cover what we need to connect")},
        {QStringLiteral("Switched to a competitor"),
         words("we found a tool that fits our workflow better|another vendor offered what we need in one "
               "package|our new partner works with a different system")},
        {QStringLiteral("Consolidating onto a tool we already use"),
         words("head office decided everyone moves to one suite|we're cutting down the number of tools and "
               "this overlaps with one we already pay for|IT wants one platform for everything")},
        {QStringLiteral("Building it in-house"),
         words("our developers have built something tailored to us|we decided to build our own|we have the "
               "people now to do this ourselves")},
        {QStringLiteral("Onboarding did not get us going"),
         words("we never really got set up properly|the first weeks were confusing and we lost momentum|we "
               "needed more help at the start than we got")},
        {QStringLiteral("Low usage: the team never adopted it"),
         words("the team kept going back to their old habits|honestly, hardly anyone logs in any more|we "
               "bought it for a project that never took off")},
        {QStringLiteral("Our champion left the company"),
         words("the person who chose it has left and nobody picked it up|since our project lead moved on no "
               "one owns it|our admin left and we don't have the time to learn it")},
        {QStringLiteral("Business closed"),
         words("we're closing the business at the end of the quarter|the shop is closing, it was a hard "
               "decision|we're winding the company down")},
        {QStringLiteral("Merger or acquisition"),
         words("we've been acquired and the new owner has their own systems|after the merger everything "
               "moves to the group's tools|the new parent company decides the software now")},
        {QStringLiteral("Budget cut"),
         words("our budget was cut and every subscription had to go|we have a spending freeze for the rest of "
               "the year|we lost a big client and have to save wherever we can")},
        {QStringLiteral("Project or season ended"),
         words("the project we used it for is finished|our season is over and we don't need it until next "
               "year|the programme ended")},
        {QStringLiteral("Support answered too slowly"),
         words("waiting days for an answer just doesn't work for us|support was friendly but far too slow|we "
               "needed quick help during our busy weeks and didn't get it")},
        {QStringLiteral("A problem was never resolved"),
         words("the sync issue was never fixed, even after several tickets|we reported the same bug three "
               "times|the problem with the exports never went away")},
        {QStringLiteral("Felt left alone after the sale"),
         words("after we signed nobody really checked in on us|we felt like just a number after the first "
               "month|nobody told us about changes that affected us")},
        {QStringLiteral("Outages or downtime"),
         words("the outages during our busiest days hurt us|we lost a morning's work in the last outage|we "
               "can't have the system down when customers are waiting")},
        {QStringLiteral("Too slow to work with"),
         words("pages take too long to load with our amount of data|it got slower and slower as we grew|the "
               "team got frustrated waiting for it")},
        {QStringLiteral("Bugs or data problems"),
         words("we found duplicated records too often|some of our data didn't add up|the bugs cost us "
               "more time than the tool saves")},
        {QStringLiteral("Security or compliance requirements not met"),
         words("our auditors need data hosted in the EU only|we need single sign-on and audit trails for "
               "compliance|our security review didn't pass")},
        {QStringLiteral("No current need (may come back)"),
         words("we just don't need it right now|things are quiet for us this year|we'll look again when "
               "we grow")},
        {QStringLiteral("Other reason"),
         words("it's a mix of things really|it's nothing you did, it's just time for a change|we're "
               "rethinking how we work")},
    };
    static const QStringList general = words(
        "it no longer fits what we need|we've decided to go a different way|the timing isn't right for us");
    static const QStringList openers = words(
        "Honestly, |To be fair, |Simply put, |Well, |We liked working with you, but |It's a shame, but |"
        "As I said on the phone, |||");
    static const QStringList closers = words(
        " Nothing against the team.| Thanks for making this easy.| Maybe again in a year or two.| The people "
        "we dealt with were always great.| We'd recommend you to smaller teams.| Please keep us posted on new "
        "features.| It was not an easy decision.|||");

    Q_UNUSED(category);
    const auto found = byReason.constFind(reason);
    const QString &core = found != byReason.constEnd() ? random.pick(*found) : random.pick(general);
    QString opener = random.pick(openers);
    QString sentence = opener.isEmpty() ? QString(core.at(0).toUpper() + core.mid(1)) : QString(opener + core);
    sentence += QLatin1Char('.');
    if (random.chance(0.35)) {
        // A second reason in the same breath, as people do.
        const QString &more = random.pick(general);
        sentence += QStringLiteral(" Also, ") + more + QLatin1Char('.');
    }
    return sentence + random.pick(closers);
}

QString DemoText::callSummary(DemoRandom &random, CallOutcome outcome, const QString &firstName, int stage,
                              bool closingCall)
{
    switch (outcome) {
    case CallOutcome::Voicemail:
        return withName(random.pick(listOf("Left a voicemail for %1 asking for a good time to talk.|Voicemail: introduced "
                                 "myself and left my direct number.|Left a short message for %1; will follow "
                                 "up by email as well.|Voicemail again, sent a short email with the same message.")), firstName);
    case CallOutcome::NoAnswer:
        return withName(random.pick(listOf("No answer. Will try again tomorrow.|No answer; trying again later this week.|"
                                 "Rang out. Sent %1 an email instead.|No answer during their office hours.")), firstName);
    case CallOutcome::WrongNumber:
        return withName(random.pick(listOf("Number no longer belongs to %1; asked the office for the new one.|Wrong "
                                 "number in our records. Updated the contact after checking with reception.")), firstName);
    case CallOutcome::Reached:
        break;
    }
    static const QStringList openings = words("Spoke with %1.|Talked to %1 for a while.|Reached %1.|Good call "
                                              "with %1.|%1 called back.");
    static const QStringList firstTopics = words(
        "Thanked them for the years together and listened to why they are leaving.|Confirmed the contract end "
        "date and what happens to their data.|They explained the decision calmly; mostly about fit, not "
        "people.|They were surprised how easy cancelling was.|Walked through the steps so nothing is left "
        "open on their side.");
    static const QStringList laterTopics = words(
        "Went through the data export together; they can open everything.|Answered questions about the last "
        "invoice.|Explained how to import the export into their new tool.|They asked whether a pause was "
        "possible; explained the options without pressure.|Checked that the export link works for their IT "
        "team.|Clarified the refund for the unused months.");
    static const QStringList closingTopics = words(
        "Said goodbye and thanked them; they were glad it went smoothly.|Confirmed everything is done on our "
        "side. Warm goodbye.|They said they'd recommend us for smaller teams.|Final call, all questions "
        "answered.");
    static const QStringList nextSteps = words(
        " Sending the export link today.| Will send the summary by email.| Nothing open.| Asked if we may "
        "check in later.| Follow-up with billing.|||");
    QString summary = random.pick(openings).arg(firstName) + QLatin1Char(' ');
    if (closingCall && stage > 0)
        summary += random.pick(closingTopics);
    else if (stage == 0)
        summary += random.pick(firstTopics);
    else
        summary += random.pick(laterTopics);
    return summary + random.pick(nextSteps);
}

QString DemoText::personalLine(DemoRandom &random, bool german)
{
    if (german)
        return random.pick(listOf(
            "Danke auch für die vielen guten Ideen, die Sie uns über die Jahre mitgegeben haben.|Ihr Team war "
            "immer eine Freude am Telefon.|Ich wünsche Ihnen viel Erfolg mit dem neuen Projekt.|Ihre "
            "Rückmeldung zum Export geben wir direkt an unser Produktteam weiter."));
    return random.pick(listOf(
        "Thank you too for all the good ideas you shared with us over the years.|Your team was always a joy to "
        "work with.|Good luck with the new project; I hope it goes brilliantly.|I've passed your feedback "
        "straight to our product team.|It was great to see how much you built with us.|Your honest feedback "
        "on the call meant a lot."));
}

QString DemoText::alternativeDescription(DemoRandom &random, const QString &kind)
{
    if (kind == QLatin1String("pause"))
        return random.pick(listOf("Pause the subscription for three months, data kept.|Pause until their next "
                                 "season starts; no charge meanwhile.|Pause for two months while they reorganise."));
    if (kind == QLatin1String("downgrade"))
        return random.pick(listOf("Move to a smaller plan with fewer seats.|Switch to the entry plan for the "
                                 "core features they use.|Keep five seats instead of twenty."));
    if (kind == QLatin1String("discount"))
        return random.pick(listOf("15% off the next renewal, offered once.|Annual billing at the monthly "
                                 "price of ten months.|Keep the old price for another year."));
    if (kind == QLatin1String("training"))
        return random.pick(listOf("Two free training sessions for the new team.|A setup workshop with our "
                                 "onboarding team.|A walkthrough of the reporting they were missing."));
    return random.pick(listOf("Showed a workaround for the missing integration.|Shared an export routine that "
                             "covers their reporting need.|Suggested a setting that fixes the slow pages."));
}

QString DemoText::winbackNote(DemoRandom &random, const QString &outcome)
{
    if (outcome == QLatin1String("returned"))
        return random.pick(listOf("They're coming back: the new tool did not work out.|Returning with a larger "
                                 "team; handed over to sales.|Back on the Team plan from next month."));
    if (outcome == QLatin1String("not_yet"))
        return random.pick(listOf("Happy with the current setup for now; open to hearing from us next year.|"
                                 "Not yet, budget is still frozen. Friendly chat.|Still settling in after "
                                 "the merger; asked us to try again in six months."));
    if (outcome == QLatin1String("declined"))
        return random.pick(listOf("Politely declined; no further check-ins.|Not interested, and asked us not "
                                 "to call again. Noted.|They've moved on for good. Thanked them."));
    return random.pick(listOf("No answer; left a short voicemail.|Email bounced, phone not answered.|"
                             "No reply to the call or the email."));
}

QString DemoText::exportDirectionsSubject(bool german)
{
    return german ? QStringLiteral("Ihr Datenexport und eine kurze Anleitung")
                  : QStringLiteral("Your data export and how to use it");
}

QString DemoText::exportDirectionsBody(const QString &firstName, const QString &link, const QString &repName,
                                       bool german)
{
    if (german)
        return QStringLiteral("Hallo %1,\n\nIhr vollständiger Export liegt hier: %2\n\nDie Dateien sind CSV "
                              "(für Tabellen) und JSON (für Entwickler). LIESMICH.txt beschreibt jede Datei und "
                              "wie Sie die Daten in ein anderes Werkzeug übernehmen. Der Link ist 30 Tage "
                              "gültig.\n\nViele Grüße\n%3")
            .arg(firstName, link, repName);
    return QStringLiteral("Hi %1,\n\nyour complete export is here: %2\n\nThe files are CSV (for "
                          "spreadsheets) and JSON (for developers). README.txt explains each file and how to "
                          "import the data elsewhere. The link is valid for 30 days.\n\nBest regards,\n%3")
        .arg(firstName, link, repName);
}

QString DemoText::confirmationSubject(bool german)
{
    return german ? QStringLiteral("Ihre Kündigung ist bestätigt") : QStringLiteral("Your cancellation is confirmed");
}

QString DemoText::confirmationBody(const QString &firstName, const QString &accountName, const QString &endDate,
                                   const QString &repName, bool german)
{
    if (german)
        return QStringLiteral("Hallo %1,\n\nhiermit bestätigen wir die Kündigung für %2 zum %3. Es folgen "
                              "keine weiteren Abbuchungen.\n\nViele Grüße\n%4")
            .arg(firstName, accountName, endDate, repName);
    return QStringLiteral("Hi %1,\n\nthis confirms the cancellation for %2, effective %3. There will be no "
                          "further charges.\n\nBest regards,\n%4")
        .arg(firstName, accountName, endDate, repName);
}

} // namespace fairwell
