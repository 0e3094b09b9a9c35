#include "chipnamelikeness.h"

#include "cellparser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ChipNameLikeness {

bool looksLikeChipName(const QString& text)
{
    // Vendors and product lines of seven decades of graphics and AI chips, as whole words.
    static const QRegularExpression vendorWord(
        u"\\b(nvidia|amd|ati|intel|huawei|hisilicon|ascend|google|tpu|cambricon|siyuan|enflame|biren|"
        "moore ?threads|mtt|iluvatar|metax|hygon|kunlun|kunlunxin|baidu|alibaba|t-head|hanguang|"
        "radeon|geforce|quadro|tesla|titan|instinct|rtx|gtx|gaudi|habana|graphcore|cerebras|sambanova|"
        "groq|tenstorrent|qualcomm|trainium|inferentia|xilinx|versal|matrox|3dfx|voodoo|s3|xgi|"
        "powervr|mali|adreno|apple|arc|xe|ponte vecchio|blackwell|hopper|ampere|volta)(?![a-z])"_s,
        QRegularExpression::CaseInsensitiveOption);
    // A model number: one to four capitals (or one small letter), then digits ("H100", "MI300X",
    // "GK104", "L40S", "i20"). Benchmarks are written in lower case ("resnet50", "bert-99"), so
    // case tells them apart.
    static const QRegularExpression modelNumber(u"\\b([A-Z]{1,4}|[a-z])-?\\d{2,4}[A-Za-z]{0,3}\\b"_s);
    return vendorWord.match(text).hasMatch() || modelNumber.match(text).hasMatch();
}

Score score(const QStringList& cells, int limit)
{
    Score result;
    for (const QString& raw : cells) {
        if (result.known >= limit)
            break;
        const QString cell = raw.trimmed();
        if (cell.isEmpty() || CellParser::isUnknown(cell))
            continue;
        ++result.known;
        if (looksLikeChipName(cell))
            ++result.chipLike;
        else if (result.example.isEmpty())
            result.example = cell;
    }
    return result;
}

} // namespace ChipNameLikeness
