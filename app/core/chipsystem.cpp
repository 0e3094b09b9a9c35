#include "chipsystem.h"

using namespace Qt::StringLiterals;

const std::array<SystemFieldInfo, kSystemFieldCount>& systemFields()
{
    static const std::array<SystemFieldInfo, kSystemFieldCount> fields { {
        { SystemField::TotalMemory, u"total_memory"_s, Dimension::DataSize },
        { SystemField::MemoryBandwidth, u"memory_bandwidth"_s, Dimension::DataRate },
        { SystemField::Bf16Dense, u"bf16_dense"_s, Dimension::FloatThroughput },
        { SystemField::Fp8Dense, u"fp8_dense"_s, Dimension::FloatThroughput },
        { SystemField::ScaleUpBandwidth, u"scale_up_bandwidth"_s, Dimension::DataRate },
        { SystemField::Power, u"power"_s, Dimension::Power },
    } };
    return fields;
}
