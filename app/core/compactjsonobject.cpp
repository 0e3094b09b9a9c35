#include "compactjsonobject.h"

#include <QCborMap>
#include <QCborValue>

CompactJsonObject::CompactJsonObject(const QJsonObject& object)
{
    if (!object.isEmpty()) {
        m_cbor = QCborMap::fromJsonObject(object).toCborValue().toCbor();
        m_cbor.squeeze();
    }
}

QJsonObject CompactJsonObject::toObject() const
{
    if (m_cbor.isEmpty())
        return {};
    return QCborValue::fromCbor(m_cbor).toMap().toJsonObject();
}

QJsonValue CompactJsonObject::value(const QString& key) const
{
    if (m_cbor.isEmpty() || !m_cbor.contains(key.toUtf8()))
        return QJsonValue(QJsonValue::Undefined);
    return toObject().value(key);
}
