#!/usr/bin/env python3
"""Writes N realistic project files (format evalscore/1) for the benchmark.

Usage: generate.py N OUTDIR [SEED]

Files vary like the examples: 5 to 20 indicator rows, the value forms seen on
real forms (signs, 万 scales, percentages, text grades, deadlines, ranges),
some missing or inconsistent figures so the checks have work to do. The
output depends only on N and SEED. Files go into subdirectories of 1000.
"""
import os
import random
import sys

DEPARTMENTS = ["承德县人力资源和社会保障局", "天长市水利局", "濉溪县民政局", "宣城市地震局",
               "鄂州市财政局", "隆阳区农业农村局", "萧县农业农村局", "普陀区体育局"]
QUANTITY = [("培训人数", "{sign}{n}人", "{a}人"), ("认证人数", "{n}万人", "{a}万人"),
            ("项目数量", "{sign}{n}个", "{a}个"), ("示范面积", "≧{n}亩", "{a}亩"),
            ("参观人数", "{n}", "{a}余人"), ("服务人次", "{n}人次", "{a}人次")]
QUALITY = [("验收合格率", "{sign}{p}%", "{ap}%"), ("系统故障率", "<={q}%", "{aq}%"),
           ("运行情况", ">={p}%", "{ap}%"), ("资金使用合规性", "符合相关规定", "{grade}")]
TIMELY = [("完成时限", "{m}月底前", "{am}月"), ("处理及时性", "及时处理", "{grade2}")]
COST = [("项目总成本", "≤{c}万元", "{ac}万元")]
BENEFIT = [("社会效益", "效果明显", "{grade}"), ("受益户数", "≥{n}户", "{a}户"),
           ("可持续影响", "长期", "长期")]
SATISFACTION = [("服务对象满意度", "≥{p}%", "{ap}%"), ("群众满意度", "90%-95%", "{ap}%")]
GRADES = ["达成预期指标", "达成", "基本达成", "部分达成", "完成", "符合相关规定"]


def value(template, rng):
    n = rng.choice([5, 20, 50, 100, 200, 500, 1000, 4754, 20000])
    p = rng.choice([80, 90, 95, 98, 100])
    c = rng.choice([30, 43.2, 90, 120.5])
    fields = {
        "sign": rng.choice([">=", "≥", "", "不少于"]),
        "n": n, "a": max(0, int(n * rng.choice([0.8, 0.95, 1, 1, 1, 1.05, 1.3]))),
        "p": p, "ap": min(100, round(p * rng.choice([0.9, 0.97, 1, 1, 1.02]), 2)),
        "q": rng.choice([5, 10]), "aq": rng.choice([0, 2, 8, 12]),
        "m": rng.choice([9, 10, 11, 12]), "am": rng.choice([8, 10, 11, 12]),
        "c": c, "ac": round(c * rng.choice([0.9, 1, 1.05]), 2),
        "grade": rng.choice(GRADES), "grade2": rng.choice(["及时处理", "基本完成"]),
    }
    return template.format(**fields)


def row(spec, points, rng, index):
    name, target, actual = spec
    t, a = value(target, rng), value(actual, rng)
    score = points if rng.random() < 0.8 else round(points * rng.choice([0.5, 0.9, 0.95]), 2)
    line = f'      - {{name: "{name}{index}", target: "{t}", actual: "{a}", points: {points}, score: {score}'
    if score < points and rng.random() < 0.6:
        line += ", deviation: 部分工作延至下年"
    return line + "}\n"


def project(i, rng):
    budget = round(rng.uniform(5, 500), 2)
    executed = round(budget * rng.choice([0.24, 0.6, 0.86, 0.95, 1, 1, 1.03]), 2)
    appropriation = round(budget * rng.choice([0.5, 1, 1]), 2)
    rate = f"{round(executed / budget * 100)}%"
    out = [
        "format: evalscore/1\n",
        "project:\n",
        f"  name: 基准测试项目{i:06d}\n",
        f"  year: {rng.choice([2019, 2020, 2021, 2022, 2023])}\n",
        f"  department: {rng.choice(DEPARTMENTS)}\n",
        f"  unit: 实施单位{i % 97}\n",
        "goals:\n  planned: 完成年度目标任务，确保资金安全。\n  achieved: 完成年度目标。\n",
        "funds:\n  currency: 万元\n  points: 10\n",
        f"  total: {{initial: {budget}, budget: {budget}, executed: {executed}, "
        f"reported_rate: {rate}, reported_score: {round(min(executed / budget, 1) * 10, 1)}}}\n",
        f"  appropriation: {{initial: {appropriation}, budget: {appropriation}, "
        f"executed: {min(appropriation, executed)}}}\n",
        "indicators:\n",
    ]
    rows = rng.randint(5, 20)
    out.append("  产出指标:\n    weight: 50\n")
    groups = [("数量指标", QUANTITY), ("质量指标", QUALITY), ("时效指标", TIMELY), ("成本指标", COST)]
    output_rows = max(4, rows - 4)
    per_group = [output_rows // 4 + (1 if k < output_rows % 4 else 0) for k in range(4)]
    points = [50 // output_rows] * output_rows
    points[0] += 50 - sum(points)
    k = 0
    for (gname, specs), count in zip(groups, per_group):
        if count == 0:
            continue
        out.append(f"    {gname}:\n")
        for j in range(count):
            out.append(row(rng.choice(specs), points[k], rng, j + 1))
            k += 1
    out.append("  效益指标:\n    weight: 30\n    社会效益指标:\n")
    out.append(row(rng.choice(BENEFIT), 15, rng, 1))
    out.append(row(rng.choice(BENEFIT), 15, rng, 2))
    out.append("  满意度指标:\n    weight: 10\n    服务对象满意度指标:\n")
    out.append(row(rng.choice(SATISFACTION), 10, rng, 1))
    out.append(f"reported: {{points: 100, total: {rng.choice([88.5, 92.4, 95, 98.62, 100])}}}\n")
    return "".join(out)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    n, outdir = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2021)
    for i in range(n):
        sub = os.path.join(outdir, f"{i // 1000:04d}")
        if i % 1000 == 0:
            os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"p{i:06d}.yaml"), "w", encoding="utf-8") as f:
            f.write(project(i, rng))


if __name__ == "__main__":
    main()
