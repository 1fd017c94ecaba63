// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "mail/smtpsettings.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace fairwell {

class MessageLine;
class SecretStore;
class Session;
struct ExportDirections;

// The mail settings: the team's mail server (admins), the directions for
// the customer's data export that notes quote (admins), and the person's own
// signature. "Send Test Message" sends one message with the settings as
// typed, before they are saved. The password goes to the keyring (or this
// session's memory), never into the database.
class MailSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    MailSettingsDialog(Session *session, SecretStore *secrets, bool isAdmin, QWidget *parent = nullptr);
    ~MailSettingsDialog() override;

    MessageLine *messageLine() const { return m_message; }

Q_SIGNALS:
    // Saved: the sender should read them again.
    void settingsSaved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void load();
    SmtpSettings settingsFromForm() const;
    void sendTest();
    void save();
    void setBusy(bool busy);

    QPointer<Session> m_session;
    SecretStore *m_secrets = nullptr;
    const bool m_isAdmin;
    bool m_busy = false;
    QString m_loadedAccount; // the keyring account the loaded settings used

    QGroupBox *m_serverGroup = nullptr;
    QLabel *m_serverNote = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_fromAddress = nullptr;
    QLineEdit *m_fromName = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_test = nullptr;
    QGroupBox *m_exportGroup = nullptr;
    QLineEdit *m_exportLink = nullptr;
    QPlainTextEdit *m_exportText = nullptr;
    QGroupBox *m_signatureGroup = nullptr;
    QPlainTextEdit *m_signature = nullptr;
    MessageLine *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<QLabel *> m_labels;
};

} // namespace fairwell
