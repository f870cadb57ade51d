#include "cli/translate.h"

#include <optional>
#include <regex>
#include <utility>
#include <vector>

namespace evalscore::cli {
namespace {

// (English pattern, Chinese replacement with $1 … $n). Ordered: the first
// full match wins. Inner notes of row errors are translated by a second pass.
const std::vector<std::pair<std::regex, std::string>>& Patterns() {
  static const auto* patterns = new std::vector<std::pair<std::regex, std::string>>([] {
    const std::vector<std::pair<const char*, const char*>> table = {
        // Findings (check.h), by code.
        {R"((.*) \((initial|budget|adjusted|executed)\): the breakdown rows add up to (.*), not the total (.*))",
         "$1：各明细行合计 $3，与年度资金总额 $4 不符"},
        {R"(the printed 执行率 (.*)% differs from (.*))", "填报的执行率 $1% 与 $2 不符"},
        {R"(the printed funds 得分 (.*) differs from (.*))", "填报的资金得分 $1 与 $2 不符"},
        {R"(executed (.*) is more than the budget (.*) \((.*)\); the funds score is capped at (.*))",
         "执行数 $1 超过预算数 $2（$3）；资金得分封顶为 $4"},
        {R"(executed (.*) is more than the budget (.*) \((.*)\); the funds score is (.*))",
         "执行数 $1 超过预算数 $2（$3）；资金得分为 $4"},
        {R"(the budget of the total row is 0: no execution rate; the funds row scores 0)",
         "年度资金总额行的预算数为 0，无法计算执行率；资金得分为 0"},
        {R"(the budget of the total row is 0: no execution rate; the funds row is dropped)",
         "年度资金总额行的预算数为 0，无法计算执行率；资金行不计分"},
        {R"(execution (.*) is below (.*)%)", "预算执行率 $1，低于 $2%"},
        {R"(indicators scored (.*) of (.*) \((.*)%\) while only (.*) of the budget was spent \((.*)\))",
         "绩效指标得分 $1/$2（$3%），而预算仅执行了 $4（$5）"},
        {R"(the total row has no budget \(denominator\): the funds row scores 0)",
         "年度资金总额行缺少预算数：资金得分为 0"},
        {R"(the total row has no executed amount: the funds row scores 0)",
         "年度资金总额行缺少执行数：资金得分为 0"},
        {R"(年初预算数 is 0 but 全年预算数 is (.*))", "年初预算数为 0，全年预算数为 $1"},
        {R"(no 年度资金总额 \(funds total\) row: the total has no funds score)",
         "没有年度资金总额行：总分不含资金得分"},
        {R"(the form gives the funds row (.*) points; profile (.*) gives it (.*))",
         "表上资金行分值为 $1，评分规则 $2 为 $3"},
        {R"(the rows of '(.*)' carry (.*) points \(including (\d+) blank rows? with points but no name\), not the declared (.*))",
         "“$1”下各行分值合计 $2（含 $3 个有分值无名称的空行），与设定的 $4 不符"},
        {R"(the rows of '(.*)' carry (.*) points, not the declared (.*))",
         "“$1”下各行分值合计 $2，与设定的 $3 不符"},
        {R"(indicator rows carry (.*) points \(including (\d+) blank rows? with points but no name\) \+ funds (.*) = (.*), not (.*))",
         "指标分值合计 $1（含 $2 个空行）+ 资金 $3 = $4，不等于 $5"},
        {R"(indicator rows carry (.*) points \+ funds (.*) = (.*), not (.*))",
         "指标分值合计 $1 + 资金 $2 = $3，不等于 $4"},
        {R"(indicator rows carry (.*) points(.*) \((no funds row|funds not counted)\) = (.*), not (.*))",
         "指标分值合计 $1（不含资金行）= $4，不等于 $5"},
        // Form model v2 (ES6xx and new wordings), before the general patterns.
        {R"((.*) row(s?) of '(.*)' print no 分值: (.*) points of its weight shared equally \((.*) each\))",
         "“$3”的 $1 行没有分值：按其分值 $4 平均分配（每行 $5）"},
        {R"((.*) row(s?) of '(.*)' print no 分值: (.*) points of its weight shared in proportion to their printed 得分)",
         "“$3”的 $1 行没有分值：其分值 $4 按各行填报得分比例分配"},
        {R"(rows worth (.*) points were dropped as 不适用; the other rows were rescaled ×(.*) to (.*) points)",
         "分值 $1 的指标按不适用剔除；其余指标按 ×$2 折算为 $3 分"},
        {R"(a row with values \((.*) → (.*)\) but no 三级指标 name: scored from its values)",
         "一行有指标值和完成值（$1 → $2）但缺少三级指标名称：按其数值评分"},
        {R"('(.*)': 执行率 printed as (.*): read as the fraction (.*))",
         "“$1”：执行率填为 $2，按小数读作 $3"},
        {R"(执行率 printed as (.*): read as the fraction (.*))", "执行率填为 $1，按小数读作 $2"},
        {R"('(.*)': the printed 执行率 (.*)% differs from (.*))",
         "“$1”：填报的执行率 $2% 与 $3 不符"},
        {R"('(.*)': the printed funds 得分 (.*) differs from (.*))",
         "“$1”：填报的资金得分 $2 与 $3 不符"},
        {R"(the funds row has 分值 (.*) but its 得分 cell is blank; recomputed (.*))",
         "资金行有分值 $1，但得分栏为空；复核为 $2"},
        {R"(the 年度资金总额 row is blank or zero while the breakdown rows carry the amounts: scored from their sum \((.*)\))",
         "年度资金总额行为空或为 0，而明细行填有金额：按明细行合计评分（$1）"},
        {R"(the 年度资金总额 row is blank in 全年执行数 while the breakdown rows carry the amounts: scored from their sum \((.*)\))",
         "年度资金总额行的全年执行数为空，而明细行填有金额：按明细行合计评分（$1）"},
        {R"(funds.scored: false: the form has no funds score; the total is the indicators alone)",
         "本表资金行不计分（funds.scored: false）：总分仅为指标得分"},
        {R"(the funds score (.*) is not counted in 总分 \((.*)\); the total is the indicators alone)",
         "资金得分 $1 不计入总分（$2）：总分仅为指标得分"},
        {R"(分值 printed as a percentage \((.*)%\) is read as (.*) points of a 100-point table)",
         "分值以百分比填写（$1%），按百分制读作 $2 分"},
        {R"('(.*)': the actual (.*) has no unit; read in the target's \((.*)\))",
         "“$1”：实际完成值 $2 未写单位，按指标值（$3）的单位读取"},
        {R"(no 项目名称: read as a department-wide form \(部门整体支出绩效自评表\) named by '(.*)')",
         "没有项目名称：按部门整体支出绩效自评表读取，以“$1”为名"},
        {R"('(.*)': no sign in (.*); scored as ≤ \(lower is better\) from its group '(.*)' \(a cost is a ceiling\))",
         "“$1”：指标值 $2 未写符号，按所在二级指标“$3”视为 ≤（成本为上限）"},
        {R"('(.*)': (.*); no rule can score it \(the row has no 分值\))",
         "“$1”：$2；无法按规则评分（该行没有分值）"},
        {R"('(.*)': (.*) \(the row has no 分值\))", "“$1”：$2（该行没有分值）"},
        {R"(the rows of '(.*)' report 得分 adding up to (.*), more than the level's (.*) points)",
         "“$1”各行填报得分合计 $2，超过该级分值 $3"},
        {R"((.*) \((initial|budget|adjusted|executed)\): the breakdown rows add up to (.*) but the total row's cell is blank)",
         "$1：各明细行合计 $3，而年度资金总额行此栏为空"},
        {R"(first-level split 产出 (.*) / 效益 (.*) / 满意度 (.*) / 预算 (.*) differs from (.*) \(free levels adding up to (.*)\))",
         "一级指标分值结构 产出 $1 / 效益 $2 / 满意度 $3 / 预算 $4 与 $5 "
         "不符（不限定的各级合计应为 $6）"},
        {R"('(.*)' in 指标值: a judgement row, no target to compare with)",
         "指标值为“$1”：判断类指标，无可比较的指标值"},
        {R"(a row marked blank must not have a name)", "标为空行的行不能有指标名称"},
        {R"(project.kind must be project \(项目支出\) or department \(部门整体支出\), not '(.*)')",
         "project.kind 必须是 project（项目支出）或 department（部门整体支出），不能是“$1”"},
        {R"(first-level split 产出 (.*) / 效益 (.*) / 满意度 (.*) / 预算 (.*) differs from (.*))",
         "一级指标分值 产出 $1 / 效益 $2 / 满意度 $3 / 预算 $4，与 $5 不同"},
        {R"('(.*)' has (.*) points)", "“$1”的分值为 $2"},
        {R"(no 满意度 \(satisfaction\) indicator)", "没有满意度指标"},
        {R"('(.*)': reported 得分 (.*) is above its 分值 (.*))", "“$1”：填报得分 $2 超过分值 $3"},
        {R"('(.*)': reported 得分 (.*), recomputed (.*) \((.*) → (.*)\))",
         "“$1”：填报得分 $2，复核得分 $3（$4 → $5）"},
        {R"('(.*)' scored (.*) of (.*) without a 偏差原因)", "“$1”得分 $2/$3，但未填写偏差原因"},
        {R"('(.*)': reported 得分 (.*) is outside the band (.*) of its grade)",
         "“$1”：填报得分 $2 不在其等级的分值区间 $3 内"},
        {R"('(.*)': actual (.*) is (.*)× the target (.*) \(≥ (.*)×\) without a 偏差原因)",
         "“$1”：实际完成值 $2 为指标值 $4 的 $3 倍（≥ $5 倍），未说明原因"},
        {R"('(.*)': text '(.*)' for the numeric target (.*))",
         "“$1”：定量指标 $3 的实际完成值为文字“$2”"},
        {R"('(.*)': (.*); scored 0)", "“$1”：$2；计 0 分"},
        {R"('(.*)': (.*); the unit's 得分 (.*) was taken)", "“$1”：$2；采用单位填报得分 $3"},
        {R"('(.*)': (.*); scored (.*))", "“$1”：$2；计 $3 分"},
        {R"('(.*)': 年度指标值 is empty but the name holds a value)",
         "“$1”：年度指标值为空，指标值写在了指标名称里"},
        {R"('(.*)': negative actual (.*) scored as 0)", "“$1”：实际完成值 $2 为负数，按 0 计"},
        {R"('(.*)' appears again \(first at line (.*)\))", "“$1”重复出现（首次在第 $2 行）"},
        {R"(all (.*) indicators are reported, and recomputed, at exactly full marks)",
         "全部 $1 个指标的填报得分与复核得分都恰好是满分"},
        {R"('(.*)': approximate actual (.*))", "“$1”：实际完成值 $2 为约数"},
        {R"('(.*)': the actual (.*) is a bound, not a measured value)",
         "“$1”：实际完成值 $2 是一个范围界限，不是实测值"},
        {R"('(.*)': no sign in (.*); scored as ≤ \(lower is better\) from the name)",
         "“$1”：指标值 $2 未写符号，按名称视为 ≤（越低越好）"},
        {R"('(.*)' has a target or actual but no 分值: not scored)",
         "“$1”有指标值或完成值但没有分值：不计分"},
        {R"('(.*)' has no reported 得分)", "“$1”没有填报得分"},
        {R"(the reported 总分 (.*) differs from the recomputed (.*) \(indicators (.*) \+ funds (.*); difference (.*)\))",
         "填报总分 $1 与复核总分 $2 不符（指标 $3 + 资金 $4；差额 $5）"},
        {R"(the reported 总分 (.*) differs from the recomputed (.*) \(indicators (.*); difference (.*)\))",
         "填报总分 $1 与复核总分 $2 不符（指标 $3；差额 $4）"},
        {R"(the reported grade (.*) differs from (.*) \(recomputed total (.*)\))",
         "填报等级 $1 与复核等级 $2 不符（复核总分 $3）"},
        // The reviewer's columns (check_review.cc).
        {R"('(.*)': 复核得分 (.*) is above its 分值 (.*))", "“$1”：复核得分 $2 超过分值 $3"},
        {R"('(.*)': 复核得分 (.*) of (.*) without a 复核意见 \(the reason of the deduction\))",
         "“$1”：复核得分 $2/$3，但未填写复核意见（扣分原因）"},
        {R"((\d+) scored rows have no 复核得分; their recomputed scores stand in the reviewed total)",
         "$1 个计分指标没有复核得分，复核总分中按重算得分计"},
        {R"(复核得分 recorded without a reviewer and date \(review: \{reviewer, date\}\))",
         "填写了复核得分，但没有复核人和复核日期（review: {reviewer, date}）"},
        {R"(review must be a mapping \(reviewer, date, comment\))",
         "review（复核）必须是映射（复核人、复核日期、复核意见）"},
        // Notes inside row findings.
        {R"(units differ: target in '(.*)', actual in '(.*)')",
         "计量单位不同：指标值为“$1”，完成值为“$2”"},
        {R"(a target but no actual value)", "有指标值但没有实际完成值"},
        {R"(the actual value is a range)", "实际完成值是一个区间"},
        {R"(a date cannot be compared with '(.*)')", "日期无法与“$1”比较"},
        {R"(text '(.*)' for the numeric target '(.*)')", "定量指标“$2”的完成值为文字“$1”"},
        {R"(no target and no actual value written)", "未填写指标值和实际完成值"},
        {R"(no target value written)", "未填写指标值"},
        {R"(the actual differs from the exact target; scored by hand)",
         "完成值与等值指标不符，需人工评分"},
        {R"(the actual is outside the target range; scored by hand)",
         "完成值超出指标区间，需人工评分"},
        {R"(the deadline was missed; scored by hand)", "未按期完成，需人工评分"},
        {R"(a number \('(.*)'\) for a qualitative target)", "定性指标的完成值为数字“$1”"},
        {R"('(.*)' is not a grade word of the profile)", "“$1”不是评分规则中的等级用语"},
        // Input errors (load_project.h, inputs.h).
        {R"(unknown key '(.*)' in indicator; did you mean '(.*)'\?)",
         "指标行中有未知的键“$1”；是否应为“$2”？"},
        {R"(unknown key '(.*)' in indicator)", "指标行中有未知的键“$1”"},
        {R"(unknown key '(.*)' in the project file; did you mean '(.*)'\?)",
         "项目文件中有未知的键“$1”；是否应为“$2”？"},
        {R"(unknown key '(.*)' in the project file)", "项目文件中有未知的键“$1”"},
        {R"(unknown key '(.*)' in (.*); did you mean '(.*)'\?)",
         "$2 中有未知的键“$1”；是否应为“$3”？"},
        {R"(unknown key '(.*)' in (.*))", "$2 中有未知的键“$1”"},
        {R"(duplicate key '(.*)' in (.*) \(the second value would silently replace the first\))",
         "$2 中的键“$1”重复（后一个值会悄悄覆盖前一个）"},
        {R"('(.*)' and '(.*)' are the same field in (.*); write it once)",
         "$3 中“$1”与“$2”是同一字段，只能写一次"},
        {R"((.*) must be a finite number, not '(.*)')", "$1 必须是有限数值，不能是“$2”"},
        {R"((.*) must be a number, not '(.*)')", "$1 必须是数字，不能是“$2”"},
        {R"((.*) must be a number, not a (mapping|list))", "$1 必须是数字"},
        {R"((.*) must be text, not a (mapping|list))", "$1 必须是文字"},
        {R"((.*) must not be negative \('(.*)'\))", "$1 不能为负数（“$2”）"},
        {R"((.*) is absurdly large \('(.*)'\))", "$1 数值过大（“$2”）"},
        {R"((.*) must be true or false)", "$1 必须是 true 或 false"},
        {R"((.*) must be a mapping \(key: value\))", "$1 必须是“键: 值”形式的映射"},
        {R"(missing 'format: evalscore/1' on the first line)", "缺少首行 format: evalscore/1"},
        {R"(unsupported format '(.*)'; this evalscore reads 'evalscore/1')",
         "不支持的格式“$1”；本程序读取 evalscore/1"},
        {R"(missing 'project' \(项目名称, 主管部门, 实施单位\))",
         "缺少 project（项目名称、主管部门、实施单位）"},
        {R"(missing project name \(project: name:, 项目名称\))", "缺少项目名称：请填写项目名称"},
        {R"(missing 'indicators' \(绩效指标\))", "缺少 indicators（绩效指标）"},
        {R"(year must be a whole year such as 2021)", "年度必须是整数年份，如 2021"},
        {R"((.*) must be 万元 or 元, not '(.*)')", "$1（金额单位）必须是 万元 或 元，不能是“$2”"},
        {R"(indicator row without a name .*)",
         "指标行没有名称（表上有分值无名称的行请写 blank: true）"},
        {R"(a row marked blank must not have a name, target or actual)",
         "标为空行的行不能有名称、指标值或完成值"},
        {R"(the file is empty: nothing to score)", "文件为空：没有可评分的内容"},
        {R"(the file holds (\d+) YAML documents; put one project in each file)",
         "文件包含 $1 个 YAML 文档；每个文件只能放一个项目"},
        {R"(a project file must be a YAML mapping \(key: value lines\))",
         "项目文件必须是“键: 值”形式的 YAML 映射"},
        {R"(YAML syntax: end of map flow not found \(.*\))",
         "YAML 语法错误：“{”缺少对应的“}”（每个 {…} 行要在本行用“}”结束）"},
        {R"(YAML syntax: end of sequence flow not found \(.*\))",
         "YAML 语法错误：“[”缺少对应的“]”"},
        {R"(YAML syntax: end of (map|sequence) not found \(.*\))",
         "YAML 语法错误：缩进没有对齐（同一层的键、同一列表的“- ”要从同一列开始）"},
        {R"(YAML syntax: illegal map value \(.*\))",
         "YAML 语法错误：冒号用得不对（每个键的冒号后面要空一格；值里含“: ”时请加英文双引号）"},
        {R"(YAML syntax: illegal map key \(.*\))",
         "YAML 语法错误：键的位置出现了“?”或“:”，请给文字加引号"},
        {R"(YAML syntax: illegal block entry \(.*\))",
         "YAML 语法错误：这里应当是“键: 值”，却出现了“- ”行，请检查缩进"},
        {R"(YAML syntax: unknown token \(.*\))",
         "YAML 语法错误：这里有 YAML 无法识别的符号，请给这个值加英文双引号"},
        {R"(YAML syntax: unexpected character in block scalar \(.*\))",
         "YAML 语法错误：以“|”或“>”开头的值要加英文双引号"},
        {R"(YAML syntax: illegal flow end \(.*\))", "YAML 语法错误：多了一个“}”或“]”"},
        {R"(YAML syntax: illegal EOF in scalar \(.*\))", "YAML 语法错误：引号没有配对"},
        {R"(YAML syntax: (invalid anchor|invalid alias|the referenced anchor is not defined) \(.*\))",
         "YAML 语法错误：以“&”或“*”开头的值要加英文双引号"},
        {R"(YAML syntax: (.*))", "YAML 语法错误：$1"},
        {R"(nested too deeply: (.*))", "嵌套过深：$1"},
        {R"(a tab in the indentation: YAML indents with spaces only; replace the tab with spaces)",
         "缩进中有制表符（Tab 键）：只能用空格缩进，请把制表符换成空格"},
        // YAML slips (src/core/yaml_slips.h), with what to type instead.
        {R"('(.*)' is indented more than '(.*)' on the line above: .*)",
         "“$1”比上一行的“$2”缩进得多：同一层的键要从同一列开始，请让“$1”与“$2”对齐"},
        {R"(full-width colon '：' after '(.*)': YAML needs an ASCII colon and a space; write '(.*)')",
         "“$1”后面是全角冒号“：”：请改成半角冒号加一个空格，写成 $2"},
        {R"(no space after ':' in '(.*)': YAML needs a space after the colon; write '(.*)')",
         "“$1”的冒号后面缺少空格：请写成 $2"},
        {R"(the value '(.*)' starts with '(.*)', which YAML reads as a special sign; put it in quotes: (.*))",
         "值“$1”以“$2”开头，会被当作特殊符号：请加英文双引号，写成 $3"},
        {R"('(.*)' looks like the rest of an amount split at its comma: .*)",
         "“$1”像是被逗号拆开的金额的后半部分：在 {…} "
         "行里，金额请加英文双引号（\"1,234.5\"）或去掉千分位逗号（1234.5）"},
        {R"(fill in (.*): replace '(.*)' with what the form says)",
         "请填写$1（把“$2”换成表上的内容）"},
        {R"(',' where a value should start: .*)", "值不能以“,”开头：请给以逗号开头的文字加引号"},
        {R"(binary data, not a text file: a NUL byte \(byte offset (\d+)\))",
         "二进制数据，不是文本文件（第 $1 字节为 NUL）"},
        {R"(not valid UTF-8 and not recognisably GBK; .* \(byte offset (\d+)\))",
         "既不是有效的 UTF-8 也不是可识别的 GBK 编码（第 $1 字节）；请另存为 UTF-8 或使用 "
         "--encoding gbk"},
        {R"(not valid UTF-8.* \(byte offset (\d+)\))", "不是有效的 UTF-8 编码（第 $1 字节）"},
        {R"(no such file)", "文件不存在"},
        {R"(is a directory)", "这是一个目录"},
        {R"(larger than (\d+) MiB; a project file is a few KiB)",
         "文件大于 $1 MiB；项目文件通常只有几 KiB"},
        {R"(cannot open: (.*))", "无法打开：$1"},
        {R"(no \*\.yaml or \*\.yml files in this directory)", "目录中没有 *.yaml 或 *.yml 文件"},
        {R"(more than (\d+) indicator rows in one file .*)",
         "一个文件中的指标行超过 $1 行（是否有别名展开？）"},
        {R"(rule profile '(.*)' is not a built-in profile \((.*)\) and cannot be read as a file: (.*))",
         "评分规则“$1”既不是内置规则（$2），也无法作为文件读取：$3"},
    };
    std::vector<std::pair<std::regex, std::string>> compiled;
    for (const auto& [pattern, zh] : table) compiled.emplace_back(std::regex(pattern), zh);
    return compiled;
  }());
  return *patterns;
}

std::optional<std::string> Lookup(const std::string& message) {
  for (const auto& [pattern, zh] : Patterns()) {
    std::smatch m;
    if (!std::regex_match(message, m, pattern)) continue;
    std::string out = m.format(zh);
    // A row note inside the message ("'x': <note>; scored 0") is translated too.
    if (m.size() > 2) {
      const std::string note = m[2].str();
      for (const auto& [inner, inner_zh] : Patterns()) {
        std::smatch n;
        if (&inner != &pattern && std::regex_match(note, n, inner)) {
          const size_t at = out.find(note);
          if (at != std::string::npos) out.replace(at, note.size(), n.format(inner_zh));
          break;
        }
      }
    }
    return out;
  }
  return std::nullopt;
}

}  // namespace

std::string Translate(const std::string& message, Lang lang) {
  if (lang == Lang::kEn) return message;
  return Lookup(message).value_or(message);
}

bool HasTranslation(const std::string& message) { return Lookup(message).has_value(); }

}  // namespace evalscore::cli
