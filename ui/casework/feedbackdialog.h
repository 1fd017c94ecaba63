// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseactiondialog.h"

#include "domain/exitfeedback.h"
#include "services/taxonomyservice.h"

#include <QList>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace fairwell {

// Record feedback: why the customer leaves, in the taxonomy's words and in
// their own, how they felt, and whether we may call again.
class FeedbackDialog : public CaseActionDialog
{
    Q_OBJECT

public:
    FeedbackDialog(Session *session, qint64 caseId, int caseVersion, const std::optional<ExitFeedback> &current,
                   QWidget *parent = nullptr);

    // True once the reasons have come from the database.
    bool hasReasons() const { return m_reasonsLoaded; }

Q_SIGNALS:
    void reasonsLoaded();

protected:
    QString problem() const override;
    Change change() const override;

private:
    void fillReasons(const QList<ReasonChoice> &reasons);
    void fillReasonsOfCategory();

    std::optional<ExitFeedback> m_current;
    QList<ReasonChoice> m_reasons;
    bool m_reasonsLoaded = false;

    QComboBox *m_category = nullptr;
    QComboBox *m_reason = nullptr;
    QListWidget *m_secondary = nullptr;
    QPlainTextEdit *m_verbatim = nullptr;
    QComboBox *m_satisfaction = nullptr;
    QLineEdit *m_competitor = nullptr;
    QComboBox *m_wouldReturn = nullptr;
    QCheckBox *m_mayContact = nullptr;
};

} // namespace fairwell
