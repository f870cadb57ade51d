// Rule profiles from YAML; yaml-cpp exceptions are caught here only.
#include "evalscore/load_profile.h"

#include <exception>

#include <yaml-cpp/exceptions.h>

#include "builtin_profiles.h"
#include "check_severity.h"
#include "profile_enums.h"
#include "profile_keys.h"
#include "yaml_depth.h"
#include "yaml_map.h"
#include "yaml_slips.h"
#include "yaml_tree.h"

namespace evalscore {
namespace {

constexpr int kMaxExtendsDepth = 8;

// The key tables (profile_keys.h).
using profile_keys::kBand;
using profile_keys::kBudget;
using profile_keys::kChecks;
using profile_keys::kExecutionCap;
using profile_keys::kGrade;
using profile_keys::kIndicators;
using profile_keys::kOver;
using profile_keys::kQualitative;
using profile_keys::kRounding;
using profile_keys::kTop;

class ProfileReader {
 public:
  explicit ProfileReader(Errors* errors) : errors_(*errors) {}

  void Apply(const yaml::Node& root, RuleProfile* p) {
    MapReader top(root, kTop, "the rule profile", &errors_);
    if (auto n = top.Get("name")) Text(*n, "name", &p->name);
    if (auto n = top.Get("description")) Text(*n, "description", &p->description);
    if (auto n = Section(top, "budget")) Budget(*n, &p->budget);
    if (auto n = Section(top, "indicators")) Indicators(*n, &p->indicators);
    if (auto n = Section(top, "rounding")) Rounding(*n, &p->rounding);
    if (auto n = top.Get("grades")) Grades(*n, &p->grades);
    if (auto n = Section(top, "checks")) Checks(*n, &p->checks);
  }

 private:
  const yaml::Node* Section(const MapReader& r, const std::string& key) {
    const yaml::Node* n = r.Get(key);
    if (n == nullptr) return nullptr;
    if (!n->IsMap()) {
      errors_.push_back({{"profile.not_mapping", {TextArg("field", key)}}, Where(*n)});
      return nullptr;
    }
    return n;
  }

  void Text(const yaml::Node& n, const std::string& what, std::string* out) {
    if (auto t = ReadText(n, what, &errors_)) *out = t->value;
  }

  void Number(const yaml::Node& n, const std::string& what, double* out, double lo, double hi) {
    auto v = ReadNumber(n, what, {}, &errors_);
    if (!v) {
      if (n.IsNull())
        errors_.push_back({{"profile.needs_value", {TextArg("field", what)}}, Where(n)});
      return;
    }
    if (v->value < lo || v->value > hi) {
      errors_.push_back(
          {{"profile.out_of_range",
            {TextArg("field", what), NumberArg("low", lo, Short(lo)),
             NumberArg("high", hi, Short(hi)), NumberArg("written", v->value, Short(v->value))}},
           v->where});
      return;
    }
    *out = v->value;
  }

  static std::string Short(double d) {
    std::string s = std::to_string(d);
    while (s.find('.') != std::string::npos && (s.back() == '0' || s.back() == '.')) {
      const bool dot = s.back() == '.';
      s.pop_back();
      if (dot) break;
    }
    return s;
  }

  void Bool(const yaml::Node& n, const std::string& what, bool* out) {
    if (auto b = ReadBool(n, what, &errors_)) *out = *b;
  }

  template <typename E>
  void Enum(const yaml::Node& n, const std::string& what, const EnumNames<E>& names, E* out) {
    const std::string s = n.IsScalar() ? n.Scalar() : std::string();
    std::string allowed;
    for (const auto& [value, name] : names) {
      if (s == name) {
        *out = value;
        return;
      }
      allowed += (allowed.empty() ? "" : " | ") + name;
    }
    errors_.push_back(
        {{"profile.not_one_of",
          {TextArg("field", what), TextArg("allowed", allowed), TextArg("written", s)}},
         Where(n)});
  }

  void Words(const yaml::Node& n, const std::string& what, std::vector<std::string>* out) {
    if (!n.IsSequence()) {
      errors_.push_back({{"profile.not_word_list", {TextArg("field", what)}}, Where(n)});
      return;
    }
    out->clear();
    for (const yaml::Node* w_node : n.items()) {
      const yaml::Node& w = *w_node;
      if (auto t = ReadText(w, what, &errors_)) out->push_back(t->value);
    }
  }

  void Budget(const yaml::Node& n, BudgetRules* b) {
    MapReader r(n, kBudget, "budget", &errors_);
    if (auto v = r.Get("points")) Number(*v, "budget.points", &b->points, 0, 100);
    if (auto v = r.Get("denominator")) {
      Enum(*v, "budget.denominator", kDenominatorNames, &b->denominator);
    }
    if (auto v = r.Get("cap")) Bool(*v, "budget.cap", &b->cap);
    if (auto v = r.Get("zero_budget")) {
      Enum(*v, "budget.zero_budget", kZeroBudgetNames, &b->zero_budget);
    }
    if (auto v = r.Get("in_total")) Bool(*v, "budget.in_total", &b->in_total);
    if (auto v = r.Get("execution_caps")) ExecutionCaps(*v, &b->execution_caps);
  }

  // [{below: 0.8, max_total: 89}, ...]: listed from the highest `below` down.
  void ExecutionCaps(const yaml::Node& n, std::vector<BudgetRules::ExecutionCap>* out) {
    if (!n.IsSequence()) {
      errors_.push_back({{"profile.caps_not_list", {}}, Where(n)});
      return;
    }
    std::vector<BudgetRules::ExecutionCap> caps;
    for (const yaml::Node* item : n.items()) {
      if (!item->IsMap()) {
        errors_.push_back({{"profile.cap_not_mapping", {}}, Where(*item)});
        continue;
      }
      MapReader r(*item, kExecutionCap, "execution cap", &errors_);
      BudgetRules::ExecutionCap cap;
      const yaml::Node* below = r.Get("below");
      const yaml::Node* max_total = r.Get("max_total");
      if (below == nullptr || max_total == nullptr) {
        errors_.push_back({{"profile.cap_incomplete", {}}, Where(*item)});
        continue;
      }
      Number(*below, "execution cap below", &cap.below, 0, 1);
      Number(*max_total, "execution cap max_total", &cap.max_total, 0, 1000);
      if (!caps.empty() &&
          (cap.below >= caps.back().below || cap.max_total > caps.back().max_total)) {
        errors_.push_back({{"profile.caps_order", {}}, Where(*item)});
      }
      caps.push_back(cap);
    }
    *out = std::move(caps);
  }

  void Grade(const yaml::Node& n, const std::string& what, QualitativeGrade* g) {
    if (!n.IsMap()) {
      errors_.push_back({{"profile.not_mapping", {TextArg("field", what)}}, Where(n)});
      return;
    }
    MapReader r(n, kGrade, what, &errors_);
    if (auto v = r.Get("fraction")) Number(*v, what + ".fraction", &g->fraction, 0, 1);
    if (auto v = r.Get("band")) {
      if (!v->IsSequence() || v->size() != 2) {
        errors_.push_back({{"profile.band_not_pair", {TextArg("field", what)}}, Where(*v)});
      } else {
        double lo = g->band_low, hi = g->band_high;
        Number(*v->items()[0], what + ".band low", &lo, 0, 1);
        Number(*v->items()[1], what + ".band high", &hi, 0, 1);
        if (lo > hi) {
          errors_.push_back({{"profile.band_reversed", {TextArg("field", what)}}, Where(*v)});
        } else {
          g->band_low = lo, g->band_high = hi;
        }
      }
    }
    if (auto v = r.Get("words")) Words(*v, what + ".words", &g->words);
  }

  void Indicators(const yaml::Node& n, IndicatorRules* ir) {
    MapReader r(n, kIndicators, "indicators", &errors_);
    if (auto v = r.Get("reverse")) Enum(*v, "indicators.reverse", kReverseNames, &ir->reverse);
    if (auto v = r.Get("equal")) Enum(*v, "indicators.equal", kEqualNames, &ir->equal);
    if (auto v = r.Get("range")) Enum(*v, "indicators.range", kRangeNames, &ir->range);
    if (auto v = r.Get("unscorable")) {
      Enum(*v, "indicators.unscorable", kFallbackNames, &ir->unscorable);
    }
    if (auto v = r.Get("deadline_missed")) {
      Enum(*v, "indicators.deadline_missed", kDeadlineNames, &ir->deadline_missed);
    }
    if (auto v = r.Get("not_applicable")) {
      Enum(*v, "indicators.not_applicable", kNotApplicableNames, &ir->not_applicable);
    }
    if (auto v = r.Get("implicit_reverse_names")) {
      Words(*v, "indicators.implicit_reverse_names", &ir->implicit_reverse_names);
    }
    if (auto v = r.Get("implicit_reverse_groups")) {
      Words(*v, "indicators.implicit_reverse_groups", &ir->implicit_reverse_groups);
    }
    if (auto v = r.Get("level_split")) {
      Enum(*v, "indicators.level_split", kLevelSplitNames, &ir->level_split);
    }
    if (auto v = r.Get("over_achievement")) {
      if (!v->IsMap()) {
        errors_.push_back(
            {{"profile.not_mapping", {TextArg("field", "indicators.over_achievement")}},
             Where(*v)});
      } else {
        MapReader o(*v, kOver, "over_achievement", &errors_);
        if (auto f = o.Get("factor")) {
          Number(*f, "over_achievement.factor", &ir->over_achievement_factor, 1, 100);
        }
        if (auto d = o.Get("deduct")) {
          Enum(*d, "over_achievement.deduct", kDeductNames, &ir->over_achievement_deduct);
        }
        if (auto pts = o.Get("points")) {
          Number(*pts, "over_achievement.points", &ir->over_achievement_points, 0, 100);
        }
      }
    }
    if (auto v = r.Get("qualitative")) {
      if (!v->IsMap()) {
        errors_.push_back(
            {{"profile.not_mapping", {TextArg("field", "indicators.qualitative")}}, Where(*v)});
        return;
      }
      QualitativeRules& q = ir->qualitative;
      MapReader qr(*v, kQualitative, "qualitative", &errors_);
      if (auto b = qr.Get("accept_reported_in_band")) {
        Bool(*b, "qualitative.accept_reported_in_band", &q.accept_reported_in_band);
      }
      if (auto g = qr.Get("achieved")) Grade(*g, "qualitative.achieved", &q.achieved);
      if (auto g = qr.Get("partial")) Grade(*g, "qualitative.partial", &q.partial);
      if (auto g = qr.Get("not_achieved")) Grade(*g, "qualitative.not_achieved", &q.not_achieved);
      if (!(q.not_achieved.fraction <= q.partial.fraction &&
            q.partial.fraction <= q.achieved.fraction)) {
        errors_.push_back({{"profile.qualitative_order", {}}, Where(*v)});
      }
    }
  }

  void Rounding(const yaml::Node& n, RoundingRules* r) {
    MapReader m(n, kRounding, "rounding", &errors_);
    if (auto v = m.Get("rate")) Enum(*v, "rounding.rate", kRateRoundingNames, &r->rate);
    if (auto v = m.Get("score_decimals")) {
      double d = r->score_decimals;
      Number(*v, "rounding.score_decimals", &d, 0, 4);
      if (d != static_cast<int>(d)) {
        errors_.push_back(
            {{"profile.not_whole", {TextArg("field", "rounding.score_decimals")}}, Where(*v)});
      }
      r->score_decimals = static_cast<int>(d);
    }
    if (auto v = m.Get("score_mode")) {
      Enum(*v, "rounding.score_mode", kRoundModeNames, &r->score_mode);
    }
  }

  void Grades(const yaml::Node& n, std::vector<GradeBand>* out) {
    if (!n.IsSequence() || n.size() == 0) {
      errors_.push_back({{"profile.grades_not_list", {}}, Where(n)});
      return;
    }
    std::vector<GradeBand> bands;
    for (const yaml::Node* b_node : n.items()) {
      const yaml::Node& b = *b_node;
      if (!b.IsMap()) {
        errors_.push_back({{"profile.grade_not_mapping", {}}, Where(b)});
        continue;
      }
      MapReader r(b, kBand, "grade", &errors_);
      GradeBand band;
      if (auto v = r.Get("name")) Text(*v, "grade name", &band.name);
      if (band.name.empty()) errors_.push_back({{"profile.grade_without_name", {}}, Where(b)});
      if (auto v = r.Get("min")) {
        Number(*v, "grade min", &band.min, 0, 1000);
      } else {
        errors_.push_back({{"profile.grade_without_min", {TextArg("grade", band.name)}}, Where(b)});
      }
      if (!bands.empty() && band.min >= bands.back().min) {
        errors_.push_back({{"profile.grades_order", {TextArg("grade", band.name)}}, Where(b)});
      }
      bands.push_back(band);
    }
    *out = std::move(bands);
  }

  void Checks(const yaml::Node& n, CheckRules* c) {
    MapReader r(n, kChecks, "checks", &errors_);
    if (auto v = r.Get("low_execution"))
      Number(*v, "checks.low_execution", &c->low_execution, 0, 1);
    if (auto v = r.Get("full_marks_gap")) {
      Number(*v, "checks.full_marks_gap", &c->full_marks_gap, 0, 1);
    }
    if (auto v = r.Get("score_tolerance")) {
      Number(*v, "checks.score_tolerance", &c->score_tolerance, 0, 10);
    }
    if (auto v = r.Get("expected_split")) {
      if (!v->IsSequence()) {
        errors_.push_back({{"profile.split_not_list", {}}, Where(*v)});
      } else {
        c->expected_split.clear();
        for (const yaml::Node* x_node : v->items()) {
          const yaml::Node& x = *x_node;
          double d = 0;
          if (x.IsNull() || (x.IsScalar() && x.Scalar() == "free")) {
            d = -1;  // free: only the sum of the free levels is checked
          } else {
            Number(x, "checks.expected_split", &d, 0, 100);
          }
          c->expected_split.push_back(d);
        }
      }
    }
    if (auto v = r.Get("severity")) ReadSeverityOverrides(*v, &c->severity, &errors_);
    if (auto v = r.Get("qualitative_share")) {
      Number(*v, "checks.qualitative_share", &c->qualitative_share, 0, 1);
    }
    if (auto v = r.Get("unit_cost_excess")) {
      Number(*v, "checks.unit_cost_excess", &c->unit_cost_excess, 1, 100);
    }
    if (auto v = r.Get("at_threshold_rows"))
      Count(*v, "checks.at_threshold_rows", &c->at_threshold_rows);
    if (auto v = r.Get("batch_min_unit_projects")) {
      Count(*v, "checks.batch_min_unit_projects", &c->batch_min_unit_projects);
    }
    if (auto v = r.Get("batch_min_text_chars")) {
      Count(*v, "checks.batch_min_text_chars", &c->batch_min_text_chars);
    }
    if (auto v = r.Get("batch_similarity")) {
      Number(*v, "checks.batch_similarity", &c->batch_similarity, 0.5, 1);
    }
  }

  // A whole number from 2 to 1000.
  void Count(const yaml::Node& n, const std::string& what, int* out) {
    double d = *out;
    Number(n, what, &d, 2, 1000);
    if (d != static_cast<int>(d)) {
      errors_.push_back({{"profile.not_whole", {TextArg("field", what)}}, Where(n)});
      return;
    }
    *out = static_cast<int>(d);
  }

  Errors& errors_;
};

std::optional<ProfileText> BuiltinResolver(const std::string& name, const std::string&) {
  if (auto t = BuiltinProfileText(name)) return ProfileText{std::string(*t), "built-in"};
  return std::nullopt;
}

Result<RuleProfile> LoadAt(std::string_view text, const std::string& origin,
                           const ProfileResolver& resolve, int depth) {
  const auto prefix = [&](Errors errors) {
    if (depth > 0) {
      for (Error& e : errors) {
        e.message = {"profile.in_parent",
                     {TextArg("origin", origin), NestedArg("inner", e.message)}};
      }
    }
    return errors;
  };
  if (auto too_deep = PrescanYaml(text)) return prefix({*too_deep});
  std::vector<std::unique_ptr<yaml::Document>> docs;
  try {
    docs = yaml::ParseAll(text);
  } catch (const YAML::Exception& e) {
    if (auto tab = FindIndentTab(text)) return prefix({*tab});
    return prefix({{PlainSyntaxMessage(e.msg), Location{e.mark.line + 1, e.mark.column + 1}}});
  } catch (const yaml::LimitExceeded& e) {
    return prefix({{e.message, e.where}});
  } catch (const std::exception& e) {  // the parser's own failures (bad_alloc, say)
    return prefix({{{"input.unreadable", {TextArg("detail", e.what())}}, {}}});
  }
  if (docs.size() != 1 || docs[0]->root == nullptr || !docs[0]->root->IsMap()) {
    return prefix(
        {{{"profile.not_one_mapping", {}},
          docs.empty() || docs[0]->root == nullptr ? Location{1, 1} : Where(*docs[0]->root)}});
  }
  const yaml::Node& root = *docs[0]->root;
  RuleProfile base;
  if (const yaml::Node* ext_node = root.Find("extends")) {
    const yaml::Node& ext = *ext_node;
    const std::string parent = ext.IsScalar() ? ext.Scalar() : std::string();
    if (depth >= kMaxExtendsDepth) {
      return prefix(
          {{{"profile.extends_too_deep", {CountArg("limit", kMaxExtendsDepth)}}, Where(ext)}});
    }
    std::optional<ProfileText> parent_text = resolve ? resolve(parent, origin) : std::nullopt;
    if (!parent_text) parent_text = BuiltinResolver(parent, origin);
    if (!parent_text) {
      std::string known;
      for (const std::string& n : BuiltinProfileNames()) known += (known.empty() ? "" : ", ") + n;
      return prefix(
          {{{"profile.extends_unknown", {TextArg("parent", parent), TextArg("known", known)}},
            Where(ext)}});
    }
    auto loaded = LoadAt(parent_text->text, parent_text->origin, resolve, depth + 1);
    if (!loaded) return prefix(loaded.error());
    base = std::move(loaded).value();
  }
  base.description.clear();
  Errors errors;
  ProfileReader(&errors).Apply(root, &base);
  if (!errors.empty()) return prefix(errors);
  if (depth == 0 && root.Find("name") == nullptr) base.name = origin;  // a user file names itself
  base.source = origin;
  return base;
}

}  // namespace

Result<RuleProfile> LoadProfile(std::string_view text, const std::string& origin,
                                const ProfileResolver& resolve) {
  return LoadAt(text, origin, resolve, 0);
}

RuleProfile DefaultProfile() {
  RuleProfile p;
  p.description = "财预〔2020〕10号 central template; linear reverse rule; 2-decimal scores";
  return p;
}

RuleProfile BuiltinProfile(const std::string& name) {
  auto text = BuiltinProfileText(name);
  auto loaded = LoadProfile(text ? *text : std::string_view(), "built-in");
  return loaded ? std::move(loaded).value() : RuleProfile{};
}

}  // namespace evalscore
