// The chip table paints its plain text cells with less work than Qt's own delegate: they must
// come out the same, pixel for pixel, and every other cell must be left to the style.

#include "widgets/textcelldelegate.h"

#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QProxyStyle>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// TextCellDelegate's painting, counting the cells it paints itself and those it leaves to the
// style.
class CountingTextCellDelegate : public TextCellDelegate
{
public:
    mutable int plain = 0;
    mutable int byStyle = 0;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        if (paintPlainCell(painter, opt)) {
            ++plain;
            return;
        }
        ++byStyle;
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    }
};

// Fusion, with or without decorations shown as part of a selected item (styles differ; the
// text's room in the cell follows it).
class DecorationSelectedStyle : public QProxyStyle
{
public:
    explicit DecorationSelectedStyle(bool shown)
        : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
        , m_shown(shown)
    {
    }
    int styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
        QStyleHintReturn* returnData) const override
    {
        if (hint == SH_ItemView_ShowDecorationSelected)
            return m_shown;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }

private:
    bool m_shown;
};

// Cells of every kind a table shows: plain, elided (Latin and CJK), aligned, in other fonts and colours, with
// an icon, a check box or two lines, and empty.
QStandardItemModel* makeModel(QObject* parent)
{
    auto* model = new QStandardItemModel(8, 8, parent);
    QPixmap swatch(12, 12);
    swatch.fill(Qt::red);
    QFont italic;
    italic.setItalic(true);
    QFont bold;
    bold.setBold(true);
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto set = [&](int column, const QVariant& value, int role = Qt::DisplayRole) {
            model->setData(model->index(row, column), value, role);
        };
        set(0, u"NVIDIA H100 SXM5 80GB"_s);
        set(1,
            row % 2 ? u"Alibaba Hanguang 800 (含光800) 推理芯片, far too long for its column"_s
                    : u"A vendor name far too long for its column, which elides it"_s);
        if (row % 3 == 0)
            set(1, int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        set(2, row % 2 ? u"1,979"_s : u"0.000032"_s);
        set(2, int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        set(3, u"Cambricon 思元 690"_s);
        set(3, int(Qt::AlignCenter), Qt::TextAlignmentRole);
        set(3, italic, Qt::FontRole);
        set(4, u"source-compatible"_s);
        set(4, row % 3 ? QVariant(bold) : QVariant(italic), Qt::FontRole);
        set(4, QColor(Qt::darkGreen), Qt::ForegroundRole);
        set(4, QColor(255, 236, 179), Qt::BackgroundRole);
        set(5, u"With an icon"_s);
        set(5, QIcon(swatch), Qt::DecorationRole);
        set(6, row % 2 ? u"Two\nlines"_s : u"Checked"_s);
        if (row % 2 == 0)
            set(6, Qt::Checked, Qt::CheckStateRole);
        set(7, row % 2 ? QString() : u"AVX-512 fi fl ffi"_s); // ligatures, where a font has them
    }
    return model;
}

} // namespace

class TestTextCellDelegate : public QObject
{
    Q_OBJECT
private slots:
    void paintsAsQtDoes_data();
    void paintsAsQtDoes();
};

void TestTextCellDelegate::paintsAsQtDoes_data()
{
    QTest::addColumn<bool>("decorationSelected");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<bool>("enabled");
    for (const bool decorationSelected : { false, true }) {
        for (const Qt::LayoutDirection direction : { Qt::LeftToRight, Qt::RightToLeft }) {
            for (const bool enabled : { true, false }) {
                QTest::addRow("decoration %s, %s, %s", decorationSelected ? "selected" : "apart",
                    direction == Qt::LeftToRight ? "left to right" : "right to left",
                    enabled ? "enabled" : "disabled")
                    << decorationSelected << direction << enabled;
            }
        }
    }
}

void TestTextCellDelegate::paintsAsQtDoes()
{
    QFETCH(bool, decorationSelected);
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(bool, enabled);
    DecorationSelectedStyle style(decorationSelected);
    QTableView view;
    view.setStyle(&style);
    view.setLayoutDirection(direction);
    view.setModel(makeModel(&view));
    view.setAlternatingRowColors(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setWordWrap(false);
    view.setIconSize(QSize(12, 12));
    view.resize(1300, 360);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int column = 0; column < view.model()->columnCount(); ++column)
        view.setColumnWidth(column, column == 1 ? 120 : 160);
    view.selectRow(2);
    view.setCurrentIndex(view.model()->index(4, 0)); // the focus frame, where the view has focus
    view.setFocus();
    view.setEnabled(enabled);
    view.setTextElideMode(enabled ? Qt::ElideRight : Qt::ElideMiddle); // both ways of eliding

    QStyledItemDelegate qt;
    view.setItemDelegate(&qt);
    const QImage qtPainted = view.viewport()->grab().toImage();
    CountingTextCellDelegate ours;
    view.setItemDelegate(&ours);
    const QImage ourPainted = view.viewport()->grab().toImage();
    view.setItemDelegate(nullptr);

    if (qtPainted != ourPainted) {
        int differing = 0;
        QRect where;
        for (int y = 0; y < qtPainted.height(); ++y) {
            for (int x = 0; x < qtPainted.width(); ++x) {
                if (qtPainted.pixel(x, y) != ourPainted.pixel(x, y)) {
                    ++differing;
                    where |= QRect(x, y, 1, 1);
                }
            }
        }
        qtPainted.save(QDir::temp().filePath(u"textcell-qt.png"_s));
        ourPainted.save(QDir::temp().filePath(u"textcell-ours.png"_s));
        QFAIL(qPrintable(u"%1 pixels differ, within (%2, %3) %4x%5; both saved in %6"_s.arg(differing)
                             .arg(where.x())
                             .arg(where.y())
                             .arg(where.width())
                             .arg(where.height())
                             .arg(QDir::tempPath())));
    }
    // Both kinds of cell were there: plain ones, and ones left to the style.
    QVERIFY2(ours.plain >= 30, qPrintable(QString::number(ours.plain)));
    QVERIFY2(ours.byStyle >= 20, qPrintable(QString::number(ours.byStyle)));
}

QTEST_MAIN(TestTextCellDelegate)
#include "tst_textcelldelegate.moc"
