#include "cli/init_template.h"

#include <regex>

namespace evalscore::cli {
namespace {

// Keys are written {中文|english}; ProjectTemplate keeps one side.
constexpr const char* kTemplate =
    R"(# yaml-language-server: $schema=/usr/share/evalscore/schemas/evalscore-project.schema.json
# 项目支出绩效自评表（evalscore 项目文件）
#
# 怎样填：照纸质自评表，把每个“请填写…”换成表上那一格的内容。
#   · 表上没有的格子、空白的格子：把那一行整行删去。
#   · 冒号用英文半角“:”，冒号后面空一格；行首缩进只用空格，不用 Tab 键。
#   · 以 >、<、= 开头的值加英文双引号，如 ">=95%"；金额照表上写，如 215,457.6。
#   · 以“#”开头的行是说明，不影响评分；要用其中的某段，去掉行首的“# ”即可。
# 填好后检查：evalscore check 本文件.yaml    （看每个数字怎么算：evalscore explain 本文件.yaml）
format: evalscore/1

{项目|project}:
  {项目名称|name}: 请填写项目名称          # 表头“项目名称”
  {年度|year}: 请填写年度                  # 表名里的年度，如 2022 或 2022年度
  {主管部门|department}: 请填写主管部门    # 表头“主管部门”
  {实施单位|unit}: 请填写实施单位          # 表头“实施单位”
  # {表类型|kind}: department              # 部门整体支出绩效自评表：删去项目名称，以实施单位命名

{年度总体目标|goals}:                      # “年度总体目标”一栏
  {预期目标|planned}: 请填写预期目标       # 左格“预期目标”
  {实际完成情况|achieved}: 请填写实际完成情况   # 右格“实际完成情况”

{项目资金|funds}:                          # “项目资金”一栏
  {金额单位|currency}: 万元                # 表上写“（万元）”还是“（元）”
  {分值|points}: 请填写分值                # “年度资金总额”行的“分值”格；表上没有就删去这一行
  # {资金计分|scored}: false               # 表上只有金额、没有资金分值和得分时
  # {计入总分|in_total}: false             # 资金得分不计入总分时（总分只算指标）
  {年度资金总额|total}:                    # 第一行“年度资金总额”
    {年初预算数|initial}: 请填写年初预算数
    {全年预算数|budget}: 请填写全年预算数
    {全年执行数|executed}: 请填写全年执行数
    {执行率|reported_rate}: 请填写执行率   # 表上填的执行率，如 24%
    {得分|reported_score}: 请填写得分      # 表上填的得分
  # 表上“其中”的各行，去掉行首的“# ”再填写：
  # {当年财政拨款|appropriation}:
  #   {年初预算数|initial}: 请填写年初预算数
  #   {全年预算数|budget}: 请填写全年预算数
  #   {全年执行数|executed}: 请填写全年执行数
  # {上年结转资金|carryover}:
  #   {年初预算数|initial}: 请填写年初预算数
  #   {全年预算数|budget}: 请填写全年预算数
  #   {全年执行数|executed}: 请填写全年执行数
  # {其他资金|other}:
  #   {年初预算数|initial}: 请填写年初预算数
  #   {全年预算数|budget}: 请填写全年预算数
  #   {全年执行数|executed}: 请填写全年执行数

{绩效指标|indicators}:                     # 表下半部分：一级指标 → 二级指标 → 三级指标
  产出指标:                                # 一级指标，照表上写（产出指标、效益指标、满意度指标……）
    # {分值|weight}: 请填写分值            # 表上一级指标写了分值（如“产出指标 50分”）才用这一行
    数量指标:                              # 二级指标，照表上写（数量指标、质量指标……）
      # 每个三级指标一段，从“- ”开始；多一个三级指标，就把这一段复制一份
      - {指标名称|name}: 请填写三级指标名称
        {年度指标值|target}: 请填写年度指标值   # 如 ">=95%"、15万人、及时处理
        {实际完成值|actual}: 请填写实际完成值
        {分值|points}: 请填写分值
        {得分|score}: 请填写得分           # 单位自评的得分
        {偏差原因|deviation}:              # 偏差原因分析及改进措施；没有就留空
  # 其他一级指标，去掉行首的“# ”再填写：
  # 效益指标:
  #   社会效益指标:
  #     - {指标名称|name}: 请填写三级指标名称
  #       {年度指标值|target}: 请填写年度指标值
  #       {实际完成值|actual}: 请填写实际完成值
  #       {分值|points}: 请填写分值
  #       {得分|score}: 请填写得分
  # 满意度指标:
  #   服务对象满意度指标:
  #     - {指标名称|name}: 请填写三级指标名称
  #       {年度指标值|target}: 请填写年度指标值
  #       {实际完成值|actual}: 请填写实际完成值
  #       {分值|points}: 请填写分值
  #       {得分|score}: 请填写得分

{总分|reported}:                           # 表最后一行“总分”
  {分值|points}: 请填写总分的分值          # 通常是 100
  {得分|total}: 请填写总分的得分           # 单位自评的总分
  {自评等级|grade}: 请填写自评等级         # 优、良、中、差；表上没有就删去这一行
)";

}  // namespace

std::string ProjectTemplate(TemplateKeys keys) {
  static const std::regex key(R"(\{([^|{}]*)\|([^|{}]*)\})");
  return std::regex_replace(kTemplate, key, keys == TemplateKeys::kChinese ? "$1" : "$2");
}

}  // namespace evalscore::cli
