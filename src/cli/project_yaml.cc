#include "cli/project_yaml.h"

#include <sstream>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "evalscore/load_project.h"
#include "evalscore/vocabulary.h"

namespace evalscore::cli {
namespace {

// A YAML double-quoted scalar: always quoted, so no text is read as a number,
// a boolean or YAML syntax.
std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (const char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (b < 0x20 || b == 0x7F) {
      out += fmt::format("\\x{:02X}", b);
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string Num(double x) { return fmt::format("{}", x); }

// The row's key (the vocabulary's); a row with a free label under that label.
std::string FundsKey(FundsRowKind kind, const FundsRow& row) {
  return kind == FundsRowKind::kNamed ? Quote(row.label) : std::string(FundsRowKey(kind));
}

class Writer {
 public:
  explicit Writer(const Project& p) : p_(p) {}

  std::string Write(const std::string& source) {
    out_ << "# Imported by evalscore from " << source
         << ".\n# The comment after each value names the cell it was read from. Correct the "
            "figures here\n# (this file, not the form, is what evalscore reads), then score it:\n"
            "#   evalscore THIS_FILE.yaml\n"
         << "format: " << kProjectFormat << '\n';
    Heading();
    Funds();
    Indicators();
    Reported();
    return out_.str();
  }

 private:
  void Line(int indent, const std::string& key, const std::string& value, const Location& where) {
    out_ << std::string(static_cast<size_t>(indent), ' ') << key << ':';
    if (!value.empty()) out_ << ' ' << value;
    if (where.known()) out_ << "  # " << FormatLocation(where, p_.source_parts);
    out_ << '\n';
  }
  void Text(int indent, const std::string& key, const OptText& t) {
    if (t) Line(indent, key, Quote(t->value), t->where);
  }
  void Number(int indent, const std::string& key, const OptNumber& n) {
    if (n) Line(indent, key, Num(n->value), n->where);
  }

  void Heading() {
    out_ << "project:\n";
    Text(2, "name", p_.name);
    if (p_.year) Line(2, "year", std::to_string(p_.year->value), p_.year->where);
    Text(2, "department", p_.department);
    Text(2, "unit", p_.unit);
    if (p_.goal_planned || p_.goal_achieved) {
      out_ << "goals:\n";
      Text(2, "planned", p_.goal_planned);
      Text(2, "achieved", p_.goal_achieved);
    }
  }

  void Row(const std::string& key, const FundsRow& row) {
    const bool empty = !row.initial && !row.budget && !row.adjusted && !row.executed &&
                       !row.reported_rate && !row.reported_score;
    Line(2, key, empty ? "{}" : "", row.where);
    Number(4, "initial", row.initial);
    Number(4, "budget", row.budget);
    Number(4, "adjusted", row.adjusted);
    Number(4, "executed", row.executed);
    if (row.reported_rate) {
      Line(4, "reported_rate", Quote(Num(row.reported_rate->value) + "%"),
           row.reported_rate->where);
    }
    Number(4, "reported_score", row.reported_score);
  }

  void Funds() {
    if (!p_.funds) return;
    const evalscore::Funds& f = *p_.funds;
    Line(0, "funds", "", f.where);
    Line(2, "currency", f.currency, {});
    Number(2, "points", f.points);
    if (f.total) Row("total", *f.total);
    for (const auto& [kind, row] : f.breakdown) Row(FundsKey(kind, row), row);
  }

  void IndicatorRow(int indent, const Indicator& ind) {
    const std::string pad(static_cast<size_t>(indent), ' ');
    std::vector<std::tuple<std::string, std::string, Location>> fields;
    if (ind.blank) fields.emplace_back("blank", "true", ind.where);
    if (!ind.blank) fields.emplace_back("name", Quote(ind.name.value), ind.name.where);
    if (ind.target && ind.qualitative_declared) {
      // 指标性质 定性: the sign column, kept so the row stays qualitative.
      fields.emplace_back("target", "{sign: 定性, value: " + Quote(ind.target->value) + "}",
                          ind.target->where);
    } else if (ind.target) {
      fields.emplace_back("target", Quote(ind.target->value), ind.target->where);
    }
    if (ind.actual) fields.emplace_back("actual", Quote(ind.actual->value), ind.actual->where);
    if (ind.points) fields.emplace_back("points", Num(ind.points->value), ind.points->where);
    if (ind.score) fields.emplace_back("score", Num(ind.score->value), ind.score->where);
    if (ind.deviation) {
      fields.emplace_back("deviation", Quote(ind.deviation->value), ind.deviation->where);
    }
    for (size_t i = 0; i < fields.size(); ++i) {
      const auto& [key, value, where] = fields[i];
      out_ << pad << (i == 0 ? "- " : "  ");
      Line(0, key, value, where);
    }
    if (!ind.parts.empty()) {
      out_ << pad << "  parts:\n";
      for (const Indicator& part : ind.parts) IndicatorRow(indent + 4, part);
    }
  }

  void Indicators() {
    Line(0, "indicators", "", p_.indicators_where);
    for (const IndicatorCategory& cat : p_.categories) {
      Line(2, Quote(cat.name.value), "", cat.name.where);
      if (cat.weight) Line(4, "weight", Num(cat.weight->value), cat.weight->where);
      for (const IndicatorGroup& g : cat.groups) {
        Line(4, Quote(g.name.value), g.indicators.empty() ? "[]" : "", g.name.where);
        int indent = 6;
        if (g.weight) {
          Line(6, "weight", Num(g.weight->value), g.weight->where);
          out_ << "      indicators:\n";
          indent = 8;
        }
        for (const Indicator& ind : g.indicators) IndicatorRow(indent, ind);
      }
    }
  }

  void Reported() {
    if (!p_.reported_total && !p_.reported_points && !p_.reported_grade) return;
    Line(0, "reported", "", p_.reported_where);
    Number(2, "points", p_.reported_points);
    Number(2, "total", p_.reported_total);
    Text(2, "grade", p_.reported_grade);
  }

  const Project& p_;
  std::ostringstream out_;
};

}  // namespace

std::string ProjectToYaml(const Project& project, const std::string& source) {
  return Writer(project).Write(source);
}

}  // namespace evalscore::cli
