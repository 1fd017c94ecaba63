// SPDX-License-Identifier: GPL-3.0-or-later
// How long the window's event loop is ever blocked while it opens the large
// demo database and the user scrolls, sorts and filters the case lists. A
// timer that fires every 2 ms measures its own lateness; the longest delay
// is the longest the window could not repaint or answer a key. Goal: no
// stall over 50 ms.
// Run: build/release/tests/bench/bench_guistall --pg "host=… dbname=… user=… password=…"
//      build/release/tests/bench/bench_guistall --db /tmp/fairwell-bench-large.sqlite
// The database must hold the large demo set (fairwell --generate-demo … --size large).
#include "queue/queuetablemodel.h"
#include "queue/queueviewpage.h"
#include "mainwindow.h"
#include "session/session.h"
#include "storage/database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace fairwell;

namespace {

// Fires as often as it may and remembers the longest gap between two
// firings beyond its interval.
class StallMeter : public QObject
{
public:
    static constexpr int IntervalMs = 2;

    StallMeter()
    {
        m_timer.setInterval(IntervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_worst = qMax(m_worst, now - m_last - qint64(IntervalMs) * 1000000);
            m_last = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_worst = 0;
        m_last = 0;
        m_ticks = 0;
        m_clock.start();
        m_timer.start();
    }
    double worstMs() const { return m_worst / 1e6; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
    int m_ticks = 0;
};

bool spinUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

bool settled(QueueViewPage *page)
{
    return page->model()->hasLoaded() && !page->model()->isLoading();
}

struct Phase
{
    const char *name;
    double seconds;
    double worstMs;
};

[[noreturn]] void die(const QString &text)
{
    std::fprintf(stderr, "bench_guistall: %s\n", qPrintable(text));
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir settingsFolder;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());

    const QStringList arguments = app.arguments();
    DatabaseSpec spec;
    const qsizetype pg = arguments.indexOf(QStringLiteral("--pg"));
    const qsizetype file = arguments.indexOf(QStringLiteral("--db"));
    if (pg > 0 && pg + 1 < arguments.size()) {
        auto parsed = DatabaseSpec::fromConninfo(arguments.at(pg + 1));
        if (!parsed)
            die(parsed.error().text());
        spec = *parsed;
    } else if (file > 0 && file + 1 < arguments.size()) {
        spec = DatabaseSpec::sqlite(arguments.at(file + 1));
    } else {
        die(QStringLiteral("usage: bench_guistall --db FILE | --pg CONNINFO"));
    }

    // The person at the desk: on a file, the first rep; on PostgreSQL the
    // login, which needs a profile (the demo generator gives the login one).
    OpenRequest request{spec};
    if (!spec.isPostgres()) {
        auto db = Database::open(spec);
        if (!db)
            die(db.error().text());
        auto rep = (*db)->exec(QStringLiteral("SELECT MIN(id) FROM users WHERE role = 'rep'"));
        if (!rep || !rep->next())
            die(QStringLiteral("no rep in the database"));
        request.localProfileId = rep->value(0).toLongLong();
    }

    StallMeter meter;
    QList<Phase> phases;
    QElapsedTimer clock;
    const auto measure = [&](const char *name, const std::function<void()> &steps) {
        clock.start();
        meter.start();
        steps();
        phases.append({name, clock.elapsed() / 1000.0, meter.worstMs()});
    };

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QueueViewPage *all = window.queueViewPage(MainWindow::Page::AllOpen);
    measure("open the database, first page", [&] {
        window.openDatabase(request);
        if (!spinUntil([&] { return window.session() && window.session()->actor().isValid() && settled(all)
                                    && all->totalCount() > 0; }))
            die(QStringLiteral("the database did not open: ") + window.databaseStatusText());
    });
    std::fprintf(stderr, "%s: %lld cases\n", qPrintable(spec.displayName()), static_cast<long long>(all->totalCount()));
    window.showPage(MainWindow::Page::AllOpen);

    measure("scroll 20 pages down", [&] {
        for (int i = 0; i < 20; ++i) {
            all->table()->scrollToBottom();
            spinUntil([&] { return settled(all); });
            QCoreApplication::processEvents();
        }
    });
    measure("sort by account, MRR, owner, opened", [&] {
        for (const int column : {int(QueueTableModel::AccountColumn), int(QueueTableModel::MrrColumn),
                                 int(QueueTableModel::OwnerColumn), int(QueueTableModel::OpenedColumn)}) {
            all->table()->sortByColumn(column, Qt::AscendingOrder);
            spinUntil([&] { return settled(all); });
        }
    });
    measure("type a search, letter by letter", [&] {
        QLineEdit *search = all->searchField();
        QString typed;
        for (const QChar c : QStringLiteral("tech")) {
            typed += c;
            search->setText(typed);
            spinUntil([] { return false; }, 60); // a fast typist
        }
        spinUntil([&] { return settled(all) && all->effectiveFilter().text == typed; });
        search->clear();
        spinUntil([&] { return settled(all) && all->effectiveFilter().text.isEmpty(); });
    });
    measure("switch to My queue and Closed", [&] {
        for (const MainWindow::Page page : {MainWindow::Page::MyQueue, MainWindow::Page::Closed}) {
            window.showPage(page);
            spinUntil([&] { return settled(window.queueViewPage(page)); });
        }
    });

    std::printf("%-40s %10s %16s\n", "GUI event loop while…", "took (s)", "longest stall");
    double worst = 0;
    for (const Phase &phase : std::as_const(phases)) {
        std::printf("%-40s %10.2f %13.1f ms\n", phase.name, phase.seconds, phase.worstMs);
        worst = qMax(worst, phase.worstMs);
    }
    std::printf("%-40s %10s %13.1f ms  (goal: under 50 ms)\n", "all of it", "", worst);
    window.close();
    return 0;
}
