#pragma once
// Small helpers the StoreDatabase files share: a prepared statement run with its values
// (a failure is logged, never thrown), and the compact JSON the cache keeps records in.
#include "CoreLogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace envisage::store::sql {

inline QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

inline bool run(QSqlQuery &query, const QVariantList &values = {})
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcStore) << "statement failed:" << query.lastError().text();
        return false;
    }
    return true;
}

} // namespace envisage::store::sql
