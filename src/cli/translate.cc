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
        {R"((\d+) scored rows? ha(?:s|ve) no 复核得分; the recomputed score stands for it in the reviewed total)",
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
        {R"(missing project name \(project: name:, 项目名称\))", "缺少项目名称"},
        {R"(missing 'indicators' \(绩效指标\))", "缺少 indicators（绩效指标）"},
        {R"(year must be a whole year such as 2021)", "年度必须是整数年份，如 2021"},
        {R"(funds.currency must be 万元 or 元, not '(.*)')",
         "金额单位必须是 万元 或 元，不能是“$1”"},
        {R"(indicator row without a name .*)",
         "指标行没有名称（表上有分值无名称的行请写 blank: true）"},
        {R"(a row marked blank must not have a name, target or actual)",
         "标为空行的行不能有名称、指标值或完成值"},
        {R"(the file is empty: nothing to score)", "文件为空：没有可评分的内容"},
        {R"(the file holds (\d+) YAML documents; put one project in each file)",
         "文件包含 $1 个 YAML 文档；每个文件只能放一个项目"},
        {R"(a project file must be a YAML mapping \(key: value lines\))",
         "项目文件必须是“键: 值”形式的 YAML 映射"},
        {R"(YAML syntax: (.*))", "YAML 语法错误：$1"},
        {R"(nested too deeply: (.*))", "嵌套过深：$1"},
        {R"(a tab in the indentation: YAML indents with spaces only)",
         "缩进中有制表符：YAML 只能用空格缩进"},
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
