#pragma once
// What the window tests use to look into widgets the way the seller would see them:
// a dialog's field or button, the option a view gives its delegate for a row, where a
// character of a message body is on screen, and the delivery states a message goes
// through in the model.
#include "MessageDelegate.h"
#include "MessageListView.h"
#include "inbox/MessageListModel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QStyleOptionViewItem>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <memory>
#include <type_traits>

namespace envisage::testing::ui {

// A field by its accessible name, a button by its text.
template <typename Widget> Widget *child(const QWidget *parent, const QString &name)
{
    for (Widget *widget : parent->findChildren<Widget *>()) {
        if constexpr (std::is_base_of_v<QAbstractButton, Widget>) {
            if (widget->text() == name)
                return widget;
        } else if (widget->accessibleName() == name) {
            return widget;
        }
    }
    return nullptr;
}

// What a view hands its delegate for a row.
inline QStyleOptionViewItem optionFor(const QAbstractItemView *view, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    option.rect = view->visualRect(index);
    return option;
}

// The point of the list's viewport over character `position` of the body in that row
// (an index of the view's own model).
inline QPoint pointOfCharacter(const envisage::ui::MessageListView *list, const QModelIndex &index,
                               int position)
{
    using envisage::ui::MessageDelegate;
    auto *delegate = static_cast<MessageDelegate *>(list->itemDelegate());
    const QStyleOptionViewItem option = optionFor(list, index);
    const MessageDelegate::Geometry geometry = delegate->geometry(option, index);
    std::unique_ptr<QTextDocument> document = MessageDelegate::bodyDocument(
        index.data(inbox::MessageListModel::BodyRole).toString(), option.font, Qt::blue);
    document->setTextWidth(geometry.text.width() + 1);
    const QTextBlock block = document->findBlock(position);
    const QPointF blockTop =
        document->documentLayout()->blockBoundingRect(block).topLeft(); // lays it out
    const QTextLine line = block.layout()->lineForTextPosition(position - block.position());
    if (!line.isValid())
        return {-1, -1};
    const qreal x = line.cursorToX(position - block.position()) + 2;
    const qreal y = line.y() + line.height() / 2;
    return geometry.text.topLeft() + (blockTop + QPointF(x, y)).toPoint();
}

// Each delivery state a message with this body goes through in the model, in order;
// the connections end with the log.
struct DeliveryLog : QObject
{
    QList<inbox::MessageListModel::Delivery> states;
};

inline std::unique_ptr<DeliveryLog> followDelivery(inbox::MessageListModel *model,
                                                   const QString &body)
{
    using Model = inbox::MessageListModel;
    auto log = std::make_unique<DeliveryLog>();
    DeliveryLog *target = log.get();
    const auto note = [target, body](const QModelIndex &index) {
        if (index.data(Model::BodyRole).toString() != body)
            return;
        const auto state = index.data(Model::DeliveryRole).value<Model::Delivery>();
        if (target->states.isEmpty() || target->states.last() != state)
            target->states.append(state);
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, target,
                     [model, note](const QModelIndex &, int first, int last) {
                         for (int row = first; row <= last; ++row)
                             note(model->index(row));
                     });
    QObject::connect(model, &QAbstractItemModel::dataChanged, target,
                     [model, note](const QModelIndex &from, const QModelIndex &to) {
                         for (int row = from.row(); row <= to.row(); ++row)
                             note(model->index(row));
                     });
    return log;
}

} // namespace envisage::testing::ui
