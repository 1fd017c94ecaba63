// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboards/dashboarddata.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace fairwell {

// The cases behind a bar or slice, as a list to open them from: double-click
// or Enter opens one (the dialog stays, for the next).
class DrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        AccountColumn,
        SegmentColumn,
        PlanColumn,
        OwnerColumn,
        OpenedColumn,
        ClosedColumn,
        OutcomeColumn,
        ReasonColumn,
        MrrLostColumn,
        ColumnCount
    };

    // `limit`: how many cases were asked for; a full list says there may be more.
    DrillDownDialog(const QString &title, const QList<DrillCase> &cases, int limit, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The case of a row, 0 for none.
    qint64 caseIdAt(int row) const;

Q_SIGNALS:
    void caseActivated(qint64 caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activateRow(int row);

    QList<DrillCase> m_cases;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace fairwell
