// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>

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

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fairwell, a desktop console for customer offboarding. Without options it opens the last "
           "database used, or creates a local one filled with demo data."));
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
    parser.addOptions({helpOption, versionOption, dbOption, pgOption, langOption, demoOption, sizeOption,
                       seedOption, scaleOption});
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

    const QStringList positional = parser.positionalArguments();
    const bool generate = parser.isSet(demoOption);
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
