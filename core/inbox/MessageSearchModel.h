#pragma once
// The results of a message search (MessageSearch), newest first, one row per message
// whether the cache, the server or both found it. Snippets are plain text with the
// matched words as ranges: a view paints them (or escapes every piece before building
// HTML); nothing here is markup.
#include "store/MessageSearchText.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <functional>

namespace envisage::inbox {

struct MessageSearchResult
{
    qint64 conversationId = 0;
    qint64 messageId = 0;
    QDateTime time; // UTC
    qint64 senderId = 0;
    store::ConversationLabel conversation; // may be unknown until looked up
    store::SearchSnippet snippet;
    bool fromCache = false;
    bool fromServer = false;
};

class MessageSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1, // qint64
        MessageIdRole,                         // qint64
        CounterpartNameRole, // QString: the buyer, for the seller; "" while unknown
        ListingTitleRole,    // QString; "" while unknown
        TimeRole,            // QDateTime (UTC)
        SnippetRole,         // QString: plain text, one line
        MatchRangesRole,     // QList<store::TextRange> in SnippetRole's text
        MineRole,            // bool: the seller wrote it
        FromCacheRole,       // bool: the offline cache has it
        FromServerRole,      // bool: the server found it
    };
    Q_ENUM(Role)

    explicit MessageSearchModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setMyUserId(qint64 id) { m_myUserId = id; }
    // A new query's first answer: the rows become these (sorted here).
    void replace(QList<MessageSearchResult> results);
    // More answers of the same query: a message already there is updated (the server's
    // text wins), others are inserted in their place.
    void merge(const QList<MessageSearchResult> &results);
    void clear();
    // What the rows of a conversation say about it, once it has been looked up.
    void setLabel(qint64 conversationId, const store::ConversationLabel &label);
    QList<qint64> conversationsWithoutLabel() const;

    // Whether the server has more pages of this query; fetchMore() asks for the next.
    void setMoreOnServer(bool more)
    {
        m_moreOnServer = more;
        m_fetching = false;
    }
    std::function<void()> fetchMoreHandler; // installed by MessageSearch
    const MessageSearchResult &result(int row) const { return m_rows.at(row); }

private:
    int rowOfMessage(qint64 messageId) const;

    QList<MessageSearchResult> m_rows; // newest first, then the higher id
    qint64 m_myUserId = 0;
    bool m_moreOnServer = false;
    bool m_fetching = false;
};

} // namespace envisage::inbox

Q_DECLARE_METATYPE(QList<envisage::store::TextRange>)
