// SPDX-License-Identifier: GPL-3.0-or-later
// How fast the "All cases" list answers on the large demo data set
// (PRODUCT.md's scale: 200,000 accounts, 50,000 cases, 2,000,000 usage
// events…). Run: build/release/tests/bench/bench_caselist [--db FILE] [--pg CONNINFO]
// The SQLite file is generated on first use (about a minute) and kept.
#include "demo/demogenerator.h"
#include "services/caselistquery.h"
#include "storage/database.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <memory>

using namespace fairwell;

namespace {

DatabaseSpec g_spec;
std::unique_ptr<Database> g_db;
qint64 g_someOwner = 0;

[[noreturn]] void die(const Error &error)
{
    std::fprintf(stderr, "bench_caselist: %s\n", qPrintable(error.text()));
    std::exit(1);
}

void prepareDatabase()
{
    const bool exists = g_spec.isPostgres() || QFile::exists(g_spec.path);
    Database::Options options;
    options.createIfMissing = true;
    auto db = Database::open(g_spec, options);
    if (!db)
        die(db.error());
    g_db = std::move(*db);
    CaseListQuery query(*g_db);
    auto cases = query.count({});
    if (!cases)
        die(cases.error());
    if (!exists || *cases == 0) {
        std::fprintf(stderr, "Generating the large demo data set into %s…\n", qPrintable(g_spec.displayName()));
        QElapsedTimer timer;
        timer.start();
        DemoOptions demo;
        demo.size = DemoSize::Large;
        demo.referenceDate = QDate(2026, 11, 1);
        auto counts = DemoGenerator::generate(*g_db, demo);
        if (!counts)
            die(counts.error());
        std::fprintf(stderr, "Generated %lld accounts, %lld cases, %lld calls, %lld usage events in %.1f s\n",
                     static_cast<long long>(counts->accounts), static_cast<long long>(counts->cases),
                     static_cast<long long>(counts->calls), static_cast<long long>(counts->usageEvents),
                     timer.elapsed() / 1000.0);
    }
    auto people = query.people();
    if (!people || people->isEmpty())
        die(people ? Error{ErrorCode::NotFound, QStringLiteral("no users in the database"), {}, {}} : people.error());
    g_someOwner = people->first().id;
}

void BM_OpenDatabase(benchmark::State &state)
{
    for (auto _ : state) {
        Database::Options options;
        options.migrate = true; // already migrated: this measures the version check
        auto db = Database::open(g_spec, options);
        if (!db)
            state.SkipWithError(qPrintable(db.error().text()));
        benchmark::DoNotOptimize(db);
    }
}

void BM_FirstPage(benchmark::State &state, CaseListColumn column)
{
    CaseListQuery query(*g_db);
    for (auto _ : state) {
        auto rows = query.page({}, column, Qt::AscendingOrder, 0, 200);
        if (!rows || rows->isEmpty())
            state.SkipWithError("no rows");
        benchmark::DoNotOptimize(rows);
    }
}

void BM_PageDeepInTheList(benchmark::State &state)
{
    CaseListQuery query(*g_db);
    for (auto _ : state) {
        auto rows = query.page({}, CaseListColumn::Opened, Qt::DescendingOrder, 40000, 200);
        if (!rows)
            state.SkipWithError(qPrintable(rows.error().text()));
        benchmark::DoNotOptimize(rows);
    }
}

void BM_CountAll(benchmark::State &state)
{
    CaseListQuery query(*g_db);
    for (auto _ : state)
        benchmark::DoNotOptimize(query.count({}));
}

void BM_CountByOwner(benchmark::State &state)
{
    CaseListQuery query(*g_db);
    CaseListFilter filter;
    filter.ownerId = g_someOwner;
    for (auto _ : state)
        benchmark::DoNotOptimize(query.count(filter));
}

void BM_FilterByOwnerFirstPage(benchmark::State &state)
{
    CaseListQuery query(*g_db);
    CaseListFilter filter;
    filter.ownerId = g_someOwner;
    filter.status = CaseListFilter::Status::Open;
    for (auto _ : state)
        benchmark::DoNotOptimize(query.page(filter, CaseListColumn::Effective, Qt::AscendingOrder, 0, 200));
}

void BM_CountByText(benchmark::State &state)
{
    CaseListQuery query(*g_db);
    CaseListFilter filter;
    filter.text = QStringLiteral("tech");
    for (auto _ : state)
        benchmark::DoNotOptimize(query.count(filter));
}

void BM_FilterByTextFirstPage(benchmark::State &state)
{
    CaseListQuery query(*g_db);
    CaseListFilter filter;
    filter.text = QStringLiteral("tech");
    for (auto _ : state)
        benchmark::DoNotOptimize(query.page(filter, CaseListColumn::Account, Qt::AscendingOrder, 0, 200));
}

} // namespace

BENCHMARK(BM_OpenDatabase)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_FirstPage, by_opened, CaseListColumn::Opened)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_FirstPage, by_account, CaseListColumn::Account)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_FirstPage, by_mrr, CaseListColumn::Mrr)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_FirstPage, by_owner, CaseListColumn::Owner)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PageDeepInTheList)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CountAll)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CountByOwner)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FilterByOwnerFirstPage)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CountByText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FilterByTextFirstPage)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Our own options first; the rest go to Google Benchmark.
    QString dbPath = QDir::temp().filePath(QStringLiteral("fairwell-bench-large.sqlite"));
    QString conninfo;
    std::vector<char *> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--db" && i + 1 < argc)
            dbPath = QString::fromLocal8Bit(argv[++i]);
        else if (arg == "--pg" && i + 1 < argc)
            conninfo = QString::fromLocal8Bit(argv[++i]);
        else
            rest.push_back(argv[i]);
    }
    if (!conninfo.isEmpty()) {
        auto spec = DatabaseSpec::fromConninfo(conninfo);
        if (!spec)
            die(spec.error());
        g_spec = *spec;
    } else {
        g_spec = DatabaseSpec::sqlite(dbPath);
    }
    prepareDatabase();
    int restCount = int(rest.size());
    benchmark::Initialize(&restCount, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_db.reset();
    return 0;
}
