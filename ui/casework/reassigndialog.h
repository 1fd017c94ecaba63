// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace fairwell {

class Session;
struct Person;

// A manager hands one or more open cases to an active person: all of them
// or, when one cannot move, none. A refusal keeps the dialog open and
// says why.
class ReassignDialog : public QDialog
{
    Q_OBJECT

public:
    ReassignDialog(Session *session, const QList<qint64> &caseIds, QWidget *parent = nullptr);
    ~ReassignDialog() override;

    // After accept: who the cases went to.
    qint64 ownerId() const { return m_ownerId; }

private:
    void loadPeople();
    void showPeople(const QList<Person> &people);
    void submit();
    void showError(const QString &text);
    void updateState();

    Session *m_session;
    QList<qint64> m_caseIds;
    qint64 m_ownerId = 0;
    bool m_busy = false;
    bool m_loaded = false;

    QLabel *m_prompt = nullptr;
    QComboBox *m_person = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_reassignButton = nullptr;
};

} // namespace fairwell
