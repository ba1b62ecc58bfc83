#pragma once
// A message picked elsewhere (a search hit) lights up where it lands: a background in the
// highlight colour that fades out over about two seconds, so the eye finds it without a
// mark that stays.
#include <QObject>
#include <QVariantAnimation>

namespace envisage::ui {

class RowFlash : public QObject
{
    Q_OBJECT
public:
    static constexpr int DurationMs = 2000;

    explicit RowFlash(QObject *parent = nullptr);
    void start(qint64 messageId);
    void stop();
    // The message lit up now (0: none).
    qint64 messageId() const;
    // 1 when it starts, 0 when it is over.
    double strength() const;

Q_SIGNALS:
    void changed(); // repaint

private:
    QVariantAnimation m_fade;
    qint64 m_messageId = 0;
};

} // namespace envisage::ui
