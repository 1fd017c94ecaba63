// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/databasespec.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace fairwell {

namespace Ui {
class ConnectDialog;
}

class Session;

// Asks where the team's shared PostgreSQL database is, and can try the
// connection (off the GUI thread) before the user commits to it.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Fills the fields from a known database, e.g. a recent one; the
    // password field gets the focus when everything else is there.
    void setSpec(const DatabaseSpec &spec);
    DatabaseSpec spec() const;

private:
    void updateButtons();
    void testConnection();
    void showTestResult(bool ok, const QString &text);

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    QPointer<Session> m_test;
    int m_testId = 0;
};

} // namespace fairwell
