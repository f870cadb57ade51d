#include "cli/init_template.h"

namespace evalscore::cli {

const char* ProjectTemplate() {
  return R"(# yaml-language-server: $schema=/usr/share/evalscore/schemas/evalscore-project.schema.json
# 项目支出绩效自评表（evalscore 项目文件，格式 evalscore/1）
# 按纸质自评表逐行填写；每个英文键也可以写成表上的中文名称（例如 name 写作 项目名称）。
# 金额写数字（可带千分位，如 "215,457.6"）；空白的单元格可以不写。
# 填好后运行：evalscore 本文件.yaml   （复核：evalscore check；说明计算过程：evalscore explain）
format: evalscore/1

# rules: central-2020            # 评分规则（可选）：central-2020（默认）、sichuan-2023、hubei-20 等

project:
  name: 项目名称                 # 项目名称（必填）
  year: 2025                     # 年度
  department: 主管部门名称       # 主管部门
  unit: 实施单位名称             # 实施单位
  # kind: department             # 部门整体支出绩效自评表：不写 name，以实施单位命名

goals:                           # 年度总体目标
  planned: ""                    # 预期目标
  achieved: ""                   # 实际完成情况

funds:                           # 项目资金
  currency: 万元                 # 金额单位：万元 或 元
  points: 10                     # 表上“年度资金总额”行的分值
  # scored: false                # 表上只有金额、没有资金分值/得分时
  # in_total: false              # 资金得分不计入总分时（总分只算指标）
  # 各行：initial 年初预算数，budget 全年预算数，executed 全年执行数，
  #       reported_rate 表上填的执行率（如 24%），reported_score 表上填的得分
  total:         {initial: 0, budget: 0, executed: 0, reported_rate: , reported_score: }   # 年度资金总额
  appropriation: {initial: , budget: , executed: }   # 其中：当年财政拨款
  carryover:     {initial: , budget: , executed: }   # 上年结转资金
  other:         {initial: , budget: , executed: }   # 其他资金
  # 中央资金: {budget: , executed: }   # 表上其他名称的明细行，直接用表上的名称
  # 金额可带单位（"56.2万元"），按 currency 换算

indicators:                      # 绩效指标：一级指标 → 二级指标 → 三级指标（每行一个）
  # 每个三级指标：name 三级指标，target 年度指标值（如 ">=95%"、15万人、及时处理），
  #   actual 实际完成值，points 分值，score 表上填的得分，deviation 偏差原因分析及改进措施
  # 含 >=、<=、: 等符号的值请加引号，如 target: ">=95%"
  # 表上没有分值栏时不写 points：一级指标的 weight 按规则（默认平均）分给各行
  # 名称缺失但有数值的行写 blank: true（照常计分，并提示名称缺失）
  # 一级指标之上还有一层（年度目标一(45分)…）时，indicators 写成列表：
  #   - {block: 年度目标一, weight: 45, 产出指标: {...}}
  产出指标:
    weight: 50                   # 一级指标分值（表上“产出指标 50分”）
    数量指标:
      - {name: 数量指标一, target: "", actual: "", points: 0, score: 0, deviation: ""}
    质量指标:
      - {name: 质量指标一, target: "", actual: "", points: 0, score: 0, deviation: ""}
    时效指标:
      - {name: 时效指标一, target: "", actual: "", points: 0, score: 0, deviation: ""}
    成本指标:
      - {name: 成本指标一, target: "", actual: "", points: 0, score: 0, deviation: ""}
  效益指标:
    weight: 30
    社会效益指标:
      - {name: 效益指标一, target: "", actual: "", points: 0, score: 0, deviation: ""}
  满意度指标:
    weight: 10
    服务对象满意度指标:
      - {name: 服务对象满意度, target: ">=90%", actual: "", points: 0, score: 0, deviation: ""}

reported:                        # 总分行（表上填的）
  points: 100                    # 分值合计
  total:                         # 得分合计
  grade:                         # 自评等级（优/良/中/差），表上没有可不填
)";
}

}  // namespace evalscore::cli
