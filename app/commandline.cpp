// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>

#include <algorithm>
#include <expected>

namespace fairwell {

namespace {

// `language` is kept so the reason can be shown in the language asked for.
CommandLine usageError(const QString &reason, const QString &language)
{
    CommandLine result;
    result.mode = CommandLine::Mode::UsageError;
    result.language = language;
    result.output = reason + QLatin1Char('\n')
                    + CommandLine::tr("Run \"fairwell --help\" for the options.");
    return result;
}

// The dates of `fairwell report`, strictly YYYY-MM-DD.
std::expected<QDate, QString> reportDate(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString name = QStringLiteral("--") + option.names().constFirst();
    if (!parser.isSet(option))
        return std::unexpected(CommandLine::tr("report needs %1 YYYY-MM-DD.").arg(name));
    const QString text = parser.value(option).trimmed();
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return std::unexpected(
            CommandLine::tr("%1 must be a date written YYYY-MM-DD, not \"%2\".").arg(name, parser.value(option)));
    return date;
}

std::expected<CommandLine::Report, QString> reportOptionsFrom(const QCommandLineParser &parser,
                                                              const QList<QCommandLineOption> &options)
{
    const QCommandLineOption &from = options[0], &to = options[1], &segment = options[2], &plan = options[3],
                             &owner = options[4], &out = options[5];
    CommandLine::Report report;
    auto first = reportDate(parser, from);
    if (!first)
        return std::unexpected(first.error());
    auto last = reportDate(parser, to);
    if (!last)
        return std::unexpected(last.error());
    if (*first > *last)
        return std::unexpected(CommandLine::tr("--from (%1) is after --to (%2).")
                                   .arg(first->toString(Qt::ISODate), last->toString(Qt::ISODate)));
    report.from = *first;
    report.to = *last;
    report.segment = parser.value(segment).trimmed();
    static const QStringList segments = {QStringLiteral("smb"), QStringLiteral("mid_market"),
                                         QStringLiteral("enterprise")};
    if (parser.isSet(segment) && !segments.contains(report.segment))
        return std::unexpected(CommandLine::tr("--segment must be smb, mid_market or enterprise, not \"%1\".")
                                   .arg(parser.value(segment)));
    report.plan = parser.value(plan).trimmed();
    if (parser.isSet(plan) && report.plan.isEmpty())
        return std::unexpected(CommandLine::tr("--plan needs a plan's name."));
    report.ownerLogin = parser.value(owner).trimmed();
    if (parser.isSet(owner) && report.ownerLogin.isEmpty())
        return std::unexpected(CommandLine::tr("--owner needs a login."));
    report.out = parser.value(out);
    if (report.out.isEmpty())
        return std::unexpected(CommandLine::tr("report needs --out FILE: the PDF file to write."));
    return report;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fairwell, a desktop console for customer offboarding. Without options it opens the last "
           "database used, or creates a local one filled with demo data.\n\n"
           "  fairwell --generate-demo PATH [--size small|large] [--seed N] [--scale FACTOR]\n"
           "  fairwell report --db PATH|--pg CONNINFO --from YYYY-MM-DD --to YYYY-MM-DD\n"
           "                  [--segment smb|mid_market|enterprise] [--plan PLAN] [--owner LOGIN]\n"
           "                  [--lang CODE] --out FILE.pdf\n\n"
           "\"report\" writes the exit dashboards (charts, figures and definitions) for the date range "
           "and filters as a PDF file, with no display needed."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help and exit."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           tr("Show the version and exit."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Open the local SQLite database file PATH."),
                                      tr("PATH"));
    const QCommandLineOption pgOption(
        QStringLiteral("pg"),
        tr("Connect to the shared PostgreSQL database CONNINFO, e.g. \"host=db port=5432 dbname=fairwell "
           "user=ann\". A missing password is asked for."),
        tr("CONNINFO"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        tr("Use the language CODE (e.g. de) instead of the system's."),
                                        tr("CODE"));
    const QCommandLineOption demoOption(
        QStringLiteral("generate-demo"),
        tr("Fill the database PATH (or the one given with --pg) with demo data and exit. No display needed."));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        tr("Demo data size: small (about 2,000 accounts, the default) or large."),
                                        tr("SIZE"), QStringLiteral("small"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        tr("Seed for the demo data: the same seed gives the same data."),
                                        tr("N"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         tr("Multiply the demo data's accounts and cases by FACTOR (1 to 100)."),
                                         tr("FACTOR"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("report: the first day of the range."),
                                        tr("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("report: the last day of the range."),
                                      tr("YYYY-MM-DD"));
    const QCommandLineOption segmentOption(QStringLiteral("segment"),
                                           tr("report: only accounts of SEGMENT (smb, mid_market or enterprise)."),
                                           tr("SEGMENT"));
    const QCommandLineOption planOption(QStringLiteral("plan"), tr("report: only accounts on PLAN."), tr("PLAN"));
    const QCommandLineOption ownerOption(QStringLiteral("owner"),
                                         tr("report: only cases owned by the person with the login LOGIN."),
                                         tr("LOGIN"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("report: the PDF file to write."), tr("FILE"));
    parser.addOptions({helpOption, versionOption, dbOption, pgOption, langOption, demoOption, sizeOption,
                       seedOption, scaleOption, fromOption, toOption, segmentOption, planOption, ownerOption,
                       outOption});
    parser.addPositionalArgument(tr("PATH"), tr("The database file for --generate-demo."),
                                 tr("[PATH]"));

    // Read even when parsing fails, so the reason can be translated.
    const bool parsed = parser.parse(arguments);
    const QString language = parser.value(langOption);
    if (!parsed)
        return usageError(parser.errorText(), language);

    CommandLine result;
    result.language = language;
    if (parser.isSet(helpOption)) {
        result.mode = Mode::Help;
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.mode = Mode::Version;
        result.output = QStringLiteral("fairwell %1").arg(QLatin1String(FAIRWELL_VERSION));
        return result;
    }

    QStringList positional = parser.positionalArguments();
    const bool generate = parser.isSet(demoOption);
    // "report" is the command unless it names the file to fill with demo data.
    const bool report = !generate && !positional.isEmpty() && positional.first() == QLatin1String("report");
    if (report)
        positional.removeFirst();
    const QList<QCommandLineOption> reportOptions = {fromOption, toOption, segmentOption,
                                                     planOption, ownerOption, outOption};
    const bool anyReportOption = std::any_of(reportOptions.begin(), reportOptions.end(),
                                             [&parser](const QCommandLineOption &option) { return parser.isSet(option); });
    if (!report && anyReportOption)
        return usageError(tr("--from, --to, --segment, --plan, --owner and --out only go with \"fairwell report\"."),
                          language);
    if (parser.isSet(dbOption) && parser.isSet(pgOption))
        return usageError(tr("Give either --db or --pg, not both."), language);
    if (positional.size() > 1)
        return usageError(tr("Too many arguments: %1.").arg(positional.join(QLatin1String(", "))), language);
    if (!positional.isEmpty() && !generate)
        return usageError(tr("\"%1\" is not an option. To open a database file, use --db PATH.")
                              .arg(positional.first()), language);
    if (!positional.isEmpty() && (parser.isSet(dbOption) || parser.isSet(pgOption)))
        return usageError(tr("Give the database once: as PATH, with --db or with --pg."), language);
    if (!generate && (parser.isSet(sizeOption) || parser.isSet(seedOption) || parser.isSet(scaleOption)))
        return usageError(tr("--size, --seed and --scale only go with --generate-demo."), language);

    if (parser.isSet(dbOption)) {
        const QString path = parser.value(dbOption);
        if (path.isEmpty())
            return usageError(tr("--db needs a file path."), language);
        result.database = DatabaseSpec::sqlite(path);
    } else if (parser.isSet(pgOption)) {
        auto spec = DatabaseSpec::fromConninfo(parser.value(pgOption));
        if (!spec)
            return usageError(tr("--pg: %1").arg(spec.error().message), language);
        result.passwordMissing = spec->password.isEmpty();
        result.database = *spec;
    } else if (!positional.isEmpty()) {
        result.database = DatabaseSpec::sqlite(positional.first());
    }

    if (report) {
        auto options = reportOptionsFrom(parser, reportOptions);
        if (!options)
            return usageError(options.error(), language);
        if (!result.database)
            return usageError(tr("report needs a database: --db PATH or --pg CONNINFO."), language);
        result.report = *options;
        result.mode = Mode::Report;
        return result;
    }

    if (generate) {
        if (!result.database)
            return usageError(tr("--generate-demo needs a database: a file PATH or --pg CONNINFO."), language);
        result.demoSize = parser.value(sizeOption);
        if (result.demoSize != QLatin1String("small") && result.demoSize != QLatin1String("large"))
            return usageError(tr("--size must be small or large, not \"%1\".").arg(result.demoSize), language);
        if (parser.isSet(seedOption)) {
            bool ok = false;
            const quint64 seed = parser.value(seedOption).toULongLong(&ok);
            if (!ok)
                return usageError(
                    tr("--seed must be a whole number, not \"%1\".").arg(parser.value(seedOption)), language);
            result.demoSeed = seed;
        }
        if (parser.isSet(scaleOption)) {
            bool ok = false;
            const int scale = parser.value(scaleOption).toInt(&ok);
            if (!ok || scale < 1 || scale > 100)
                return usageError(
                    tr("--scale must be a whole number from 1 to 100, not \"%1\".").arg(parser.value(scaleOption)),
                    language);
            result.demoScale = scale;
        }
        result.mode = Mode::GenerateDemo;
    }
    return result;
}

int CommandLine::exitCodeFor(Mode mode)
{
    return mode == Mode::UsageError ? 2 : 0;
}

} // namespace fairwell
