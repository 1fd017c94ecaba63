// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/connectdialog.h"
#include "ui_connectdialog.h"

#include "services/databasesetupservice.h"
#include "session/session.h"

#include <QPushButton>

namespace fairwell {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_ui->testResultLabel->setAccessibleName(tr("Connection test result"));
    for (QLineEdit *edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit, m_ui->passwordEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    connect(m_ui->portSpinBox, &QSpinBox::valueChanged, this, &ConnectDialog::updateButtons);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    updateButtons();
}

ConnectDialog::~ConnectDialog()
{
    // A connect in flight runs out on its own; its answer is dropped.
    delete m_test.data();
}

void ConnectDialog::setSpec(const DatabaseSpec &spec)
{
    m_ui->hostEdit->setText(spec.host);
    m_ui->portSpinBox->setValue(spec.port);
    m_ui->databaseEdit->setText(spec.databaseName);
    m_ui->userEdit->setText(spec.user);
    m_ui->passwordEdit->setText(spec.password);
    if (!spec.host.isEmpty() && !spec.databaseName.isEmpty() && spec.password.isEmpty())
        m_ui->passwordEdit->setFocus();
}

DatabaseSpec ConnectDialog::spec() const
{
    DatabaseSpec spec;
    spec.kind = DatabaseSpec::Kind::Postgres;
    spec.host = m_ui->hostEdit->text().trimmed();
    spec.port = m_ui->portSpinBox->value();
    spec.databaseName = m_ui->databaseEdit->text().trimmed();
    spec.user = m_ui->userEdit->text().trimmed();
    spec.password = m_ui->passwordEdit->text();
    return spec;
}

void ConnectDialog::updateButtons()
{
    const bool complete = !m_ui->hostEdit->text().trimmed().isEmpty()
                          && !m_ui->databaseEdit->text().trimmed().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_ui->testButton->setEnabled(complete);
    // A result about other settings would mislead.
    m_ui->testResultLabel->clear();
    ++m_testId;
}

void ConnectDialog::testConnection()
{
    const DatabaseSpec target = spec();
    const int testId = ++m_testId;
    m_ui->testResultLabel->setText(tr("Connecting to %1…").arg(target.displayName()));
    m_ui->testButton->setEnabled(false);

    // A short-lived session of its own: the test must not disturb the
    // window's, and a test against a slow server may be abandoned.
    delete m_test.data();
    m_test = new Session(target, this);
    m_test->runDetached<int>(
        this, [target] { return DatabaseSetupService::probe(target); },
        [this, testId](const Result<int> &outcome) {
            m_test->deleteLater();
            m_test = nullptr;
            if (testId != m_testId)
                return;
            m_ui->testButton->setEnabled(true);
            if (!outcome) {
                const Error &error = outcome.error();
                showTestResult(false, error.where.isEmpty() ? error.message
                                                            : tr("%1 (%2)").arg(error.message, error.where));
            } else if (*outcome == 0) {
                showTestResult(true, tr("Connected. The database is empty: Fairwell will set it up."));
            } else {
                showTestResult(true, tr("Connected. This is a Fairwell database."));
            }
        });
}

void ConnectDialog::showTestResult(bool ok, const QString &text)
{
    // Words first, so the result never depends on seeing a colour.
    m_ui->testResultLabel->setText((ok ? tr("Success: %1") : tr("Failed: %1")).arg(text));
}

} // namespace fairwell
