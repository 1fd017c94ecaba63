// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/user.h"
#include "error.h"
#include "session/actor.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace fairwell {

class Session;

// Who is working at this desk, for a local database file: the person picks
// their profile or creates it. (A shared database knows the person from the
// login and never asks.) Every choice is a service call on the session.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(Session *session, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // The person chosen or created; invalid until the dialog is accepted.
    const Actor &actor() const { return m_actor; }

private:
    void loadProfiles();
    void showProfiles(const QList<User> &profiles);
    void workAsSelected();
    void createProfile();
    void finishWith(const Result<Actor> &actor);
    void showError(const QString &text);
    void updateButtons();

    Session *m_session;
    Actor m_actor;
    bool m_busy = false;

    QListWidget *m_profiles = nullptr;
    QPushButton *m_workAsButton = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_createButton = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace fairwell
