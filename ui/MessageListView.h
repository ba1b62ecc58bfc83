#pragma once
// The message list: stays at the bottom while new messages arrive (unless the seller
// scrolled up, then a "New messages ↓" button appears), loads older history when
// scrolled to the top without the view jumping, opens http(s) links, and offers Retry
// and Discard on a message that could not be sent.
#include <QListView>

class QIdentityProxyModel;
class QToolButton;

namespace envisage::ui {

class MessageDelegate;

class MessageListView : public QListView
{
    Q_OBJECT
public:
    explicit MessageListView(QWidget *parent = nullptr);
    // The view shows the model through a proxy (see MessageListView.cpp): model() is that
    // proxy, sourceModel() the model given here.
    void setModel(QAbstractItemModel *model) override;
    QAbstractItemModel *sourceModel() const { return m_source; }
    bool isAtBottom() const;
    void scrollToNewest();
    QToolButton *newMessagesButton() const { return m_newMessages; }

Q_SIGNALS:
    void retryRequested(const QString &clientId);
    void discardRequested(const QString &clientId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onRowsAboutToBeInserted(const QModelIndex &parent, int first);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onScrolled(int value);
    void placeButton();
    QStyleOptionViewItem optionFor(const QModelIndex &index) const;

    void fetchOlder();

    MessageDelegate *m_delegate;
    QIdentityProxyModel *m_proxy;
    QAbstractItemModel *m_source = nullptr;
    QToolButton *m_newMessages;
    bool m_wasAtBottom = true;
    int m_distanceFromBottom = 0;
};

} // namespace envisage::ui
