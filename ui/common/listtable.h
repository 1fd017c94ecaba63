// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>

class QTableView;

namespace fairwell {

// The look and manner every list of the window shares (queues, win-back,
// outbox): whole rows selected, nothing edited in place, Tab leaves the
// table, one line per row of a fixed height, columns sized by hand and the
// last one stretched. Fixed sizes keep a view's cost from growing with its
// rows (no ResizeToContents).
namespace ListTable {

void setUp(QTableView *view, QAbstractItemView::SelectionMode selection = QAbstractItemView::SingleSelection);

} // namespace ListTable

} // namespace fairwell
