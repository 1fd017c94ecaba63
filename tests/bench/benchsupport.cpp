// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include "demo/demogenerator.h"

#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>

namespace fairwell::bench {

void die(const char *program, const QString &why)
{
    std::fprintf(stderr, "%s: %s\n", program, qPrintable(why));
    std::exit(1);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

std::unique_ptr<Database> openLargeSet(const char *program, const DatabaseSpec &spec, int scale)
{
    Database::Options options;
    options.createIfMissing = true;
    auto opened = Database::open(spec, options);
    if (!opened)
        die(program, opened.error().text());
    Database &db = **opened;
    auto any = db.exec(QStringLiteral("SELECT count(*) FROM cases"));
    if (!any || !any->next())
        die(program, QStringLiteral("cannot count the cases"));
    if (any->value(0).toLongLong() == 0) {
        std::fprintf(stderr, "Generating the large demo set x%d into %s…\n", scale, qPrintable(spec.displayName()));
        QElapsedTimer timer;
        timer.start();
        DemoOptions demo;
        demo.size = DemoSize::Large;
        demo.scale = scale;
        demo.referenceDate = QDate(2026, 11, 1);
        auto counts = DemoGenerator::generate(db, demo);
        if (!counts)
            die(program, counts.error().text());
        std::fprintf(stderr, "Generated %lld accounts, %lld cases in %.1f s\n", static_cast<long long>(counts->accounts),
                     static_cast<long long>(counts->cases), timer.elapsed() / 1000.0);
    }
    return std::move(*opened);
}

Shell Shell::forSpec(const DatabaseSpec &spec)
{
    if (spec.isPostgres()) {
        return {QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                 QStringLiteral("-d"), spec.toConninfo()},
                spec.password,
                QStringLiteral("\\o /dev/null\n")};
    }
    return {QStringLiteral("sqlite3"), {spec.path}, QString(), QStringLiteral(".output /dev/null\n")};
}

double Shell::run(const QString &script) const
{
    QProcess shell;
    if (!password.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), password);
        shell.setProcessEnvironment(environment);
    }
    QElapsedTimer timer;
    timer.start();
    shell.start(program, arguments);
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    return timer.nsecsElapsed() / 1e6;
}

double Shell::milliseconds(const QStringList &statements, int runs) const
{
    QString warm = silence;
    for (const QString &statement : statements)
        warm += statement + QStringLiteral(";\n");
    QString timed = warm;
    for (int i = 0; i < runs; ++i)
        for (const QString &statement : statements)
            timed += statement + QStringLiteral(";\n");
    double base = 1e18, full = 1e18;
    for (int i = 0; i < 3; ++i) {
        base = std::min(base, run(warm));
        full = std::min(full, run(timed));
    }
    return std::max(0.0, (full - base) / runs);
}

} // namespace fairwell::bench
