#!/usr/bin/env python3
"""Writes a ChipCompare catalog (format 2) of N chips as rich as the built-in ones.

Every chip has every text field, all 13 sourced numbers (some with alternatives from other
sources and notes), two to five ecosystem entries, several sources and a user "x-" column:
about 2.2 KB of JSON a chip, so 100,000 chips make about 220 MB. The shapes follow
shared/design/real-data.md: 24 vendors, one model name repeated across many boards, values over
seven decades. The output is a pure function of --chips and --seed, and it loads without errors
or warnings (confidences follow the README's policy).

Usage: generate-catalog.py --chips 100000 [--seed 1] [-o catalog.json]
"""

import argparse
import json
import random
import sys

VENDORS = [
    ("NVIDIA", "US", "CUDA", "native"),
    ("AMD", "US", "ROCm", "source-compatible"),
    ("Intel", "US", "oneAPI", "none"),
    ("Huawei", "CN", "CANN", "none"),
    ("Cambricon", "CN", "Neuware", "none"),
    ("MetaX", "CN", "MXMACA", "source-compatible"),
    ("Enflame", "CN", "TopsRider", "none"),
    ("Alibaba (T-Head)", "CN", "HGAI", "none"),
    ("Kunlunxin Baidu", "CN", "XPU SDK", "none"),
    ("Moore Threads (Tencent)", "CN", "MUSA", "source-compatible"),
    ("Iluvatar CoreX", "CN", "IXUCA", "source-compatible"),
    ("Biren", "CN", "SUPA", "none"),
    ("Hygon", "CN", "DTK", "source-compatible"),
    ("Google", "US", "XLA", "none"),
    ("AWS", "US", "Neuron SDK", "none"),
    ("Groq", "US", "GroqWare", "none"),
    ("Cerebras", "US", "CSoft", "none"),
    ("SambaNova", "US", "SambaFlow", "none"),
    ("Graphcore", "GB", "Poplar", "none"),
    ("Tenstorrent", "CA", "TT-Metalium", "none"),
    ("Rebellions", "KR", "RBLN SDK", "none"),
    ("Furiosa", "KR", "Furiosa SDK", "none"),
    ("Preferred Networks", "JP", "MN-Core SDK", "none"),
    ("Esperanto", "US", "ET SDK", "none"),
]
MEMORY_TYPES = ["HBM3", "HBM3e", "HBM2e", "HBM2", "GDDR6", "GDDR6X", "LPDDR5", "LPDDR5X", "DDR4", "SRAM"]
STATUSES = ["shipping", "announced", "reported", "rumored"]
FOUNDRIES = ["TSMC", "Samsung", "SMIC", "Intel", "GlobalFoundries", "domestic (undisclosed)"]
PROCESSES = ["N4", "N5", "N7", "7nm-class", "12nm", "16nm", "28nm", "SF4", "Intel 7"]
INTERCONNECTS = ["NVLink", "Infinity Fabric", "HCCS", "MLU-Link", "MetaXLink", "PCIe 5.0", "PCIe 4.0",
                 "Ethernet (RoCE)"]
FRAMEWORKS = ["PyTorch", "TensorFlow", "JAX", "PaddlePaddle", "MindSpore", "ONNX Runtime", "vLLM",
              "SGLang", "TensorRT-LLM", "llama.cpp", "DeepSpeed", "Triton"]
SUPPORT = ["native", "plugin", "none", "unknown"]
SOURCE_KINDS = ["vendor", "paper", "database", "press", "analyst", "compilation", "blog", "retailer", "leak"]
# The confidence each kind of source may carry under the README's policy.
CONFIDENCE_OF_KIND = {
    "vendor": "official", "paper": "reported", "database": "reported", "press": "reported",
    "analyst": "estimate", "compilation": "rumored", "blog": "rumored", "retailer": "rumored",
    "leak": "rumored",
}
# (catalog key, unit, low, high) in the unit written; ranges span several decades where real data does.
NUMBERS = [
    ("memory_capacity", ["GB", "GiB", "MB"], 0.5, 288),
    ("memory_bandwidth", ["GB/s", "TB/s"], 10, 8000),
    ("bf16_dense", ["TFLOPS"], 0.5, 2500),
    ("fp8_dense", ["TFLOPS", "PFLOPS"], 1, 5000),
    ("int8_dense", ["TOPS"], 1, 5000),
    ("tdp", ["W"], 5, 1400),
    ("die_area", ["mm2"], 20, 900),
    ("interconnect_bandwidth", ["GB/s", "Gb/s"], 8, 1800),
    ("fp32", ["TFLOPS", "GFLOPS"], 0.05, 120),
    ("fp64", ["TFLOPS"], 0.01, 70),
    ("fp4_dense", ["PFLOPS"], 0.01, 20),
    ("price", ["USD"], 50, 45000),
    ("transistors", ["billion"], 0.1, 210),
]
SCALE = {"GB": 1, "GiB": 1, "MB": 1000, "TB/s": 0.001, "GB/s": 1, "Gb/s": 8, "PFLOPS": 0.001,
         "GFLOPS": 1000}


def make_sources(rng, count):
    sources = []
    for i in range(count):
        kind = SOURCE_KINDS[i % len(SOURCE_KINDS)]
        source = {
            "id": f"src-{i:04d}-{kind}",
            "title": f"{kind.capitalize()} source {i}: accelerator specifications, volume {i % 40}",
            "url": f"https://example.com/{kind}/{i}/specifications.html",
            "publisher": f"Publisher {i % 97}",
            "accessed": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "kind": kind,
        }
        if kind in ("blog", "leak", "compilation"):
            source["reliability"] = "low reliability: copies figures without naming its own sources"
        sources.append(source)
    return sources


def number(rng, key, units, low, high, sources_by_kind, alternative_chance):
    unit = rng.choice(units)
    # Log-uniform: real datasets span decades.
    value = round(low * (high / low) ** rng.random() * SCALE.get(unit, 1), 3) or 0.001
    kind = rng.choice(SOURCE_KINDS)
    entry = {
        "value": value,
        "unit": unit,
        "source": rng.choice(sources_by_kind[kind]),
        "confidence": CONFIDENCE_OF_KIND[kind],
    }
    if entry["confidence"] == "estimate" or rng.random() < 0.03:
        entry["note"] = "clock x cores, dense"
    if rng.random() < alternative_chance:
        alt_kind = rng.choice(SOURCE_KINDS)
        entry["alternatives"] = [{
            "value": round(value * rng.choice([0.5, 0.8, 1.25, 2.0]), 3),
            "unit": unit,
            "source": rng.choice(sources_by_kind[alt_kind]),
            "confidence": CONFIDENCE_OF_KIND[alt_kind],
            "note": "another board?",
        }]
    return entry


def make_chip(rng, index, sources_by_kind):
    vendor, country, stack, cuda = VENDORS[index % len(VENDORS)]
    model = index // 7  # one die, many boards: names repeat
    name = f"{vendor.split()[0]} X{model % 900 + 100}"
    chip = {
        "id": f"chip-{index}",
        "name": f"{name} {['SXM', 'PCIe', 'OAM', 'NVL', 'Board', 'Module', 'Lite'][index % 7]}",
        "short_name": f"X{model % 900 + 100}",
        "local_name": f"芯片{model % 900 + 100}",
        "vendor": vendor,
        "country": country,
        "year": 2010 + index % 17,
        "status": STATUSES[index % 4],
        "foundry": rng.choice(FOUNDRIES),
        "process": rng.choice(PROCESSES),
        "memory_type": MEMORY_TYPES[index % len(MEMORY_TYPES)],
        "interconnect": rng.choice(INTERCONNECTS),
        "software_stack": stack,
        "cuda_compat": cuda,
    }
    for key, units, low, high in NUMBERS:
        chip[key] = number(rng, key, units, low, high, sources_by_kind, 0.1)
    ecosystem = []
    for framework in rng.sample(FRAMEWORKS, rng.randint(2, 5)):
        entry = {"name": framework, "support": rng.choice(SUPPORT),
                 "source": rng.choice(sources_by_kind["vendor"])}
        if entry["support"] == "plugin":
            entry["via"] = f"{framework.lower().replace(' ', '-')}-{stack.split()[0].lower()}"
        ecosystem.append(entry)
    chip["ecosystem"] = ecosystem
    chip["notes"] = (f"Board {index % 7} of the {name} die. Figures as the sources print them; the "
                     f"vendor has not confirmed the sparse numbers.")
    chip["sources"] = sorted({rng.choice(sources_by_kind[k]) for k in ("vendor", "press", "database")})
    chip["x-row"] = index
    return chip


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chips", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", default="-")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sources = make_sources(rng, max(90, min(2000, args.chips // 50)))
    sources_by_kind = {kind: [s["id"] for s in sources if s["kind"] == kind] for kind in SOURCE_KINDS}
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    with out:
        out.write('{"format": "chipcompare-catalog", "version": 2, "date": "2026-11-29",\n"sources": ')
        json.dump(sources, out, ensure_ascii=False, indent=1)
        out.write(',\n"chips": [\n')
        for index in range(args.chips):
            if index:
                out.write(",\n")
            json.dump(make_chip(rng, index, sources_by_kind), out, ensure_ascii=False, separators=(",", ":"))
        out.write("\n]}\n")


if __name__ == "__main__":
    main()
