// Internal: the keys of a rule profile file, one table per mapping (read by
// load_profile.cc; tools/gen_schemas.cc checks the profile schema against them).
#ifndef EVALSCORE_CORE_PROFILE_KEYS_H_
#define EVALSCORE_CORE_PROFILE_KEYS_H_

#include <vector>

#include "yaml_map.h"

namespace evalscore::profile_keys {

inline const std::vector<FieldSpec> kTop = {{"name", {}},   {"description", {}}, {"extends", {}},
                                            {"budget", {}}, {"indicators", {}},  {"rounding", {}},
                                            {"grades", {}}, {"checks", {}}};
inline const std::vector<FieldSpec> kBudget = {{"points", {}},   {"denominator", {}},
                                               {"cap", {}},      {"zero_budget", {}},
                                               {"in_total", {}}, {"execution_caps", {}}};
inline const std::vector<FieldSpec> kExecutionCap = {{"below", {}}, {"max_total", {}}};
inline const std::vector<FieldSpec> kIndicators = {{"reverse", {}},
                                                   {"equal", {}},
                                                   {"range", {}},
                                                   {"qualitative", {}},
                                                   {"implicit_reverse_names", {}},
                                                   {"unscorable", {}},
                                                   {"deadline_missed", {}},
                                                   {"not_applicable", {}},
                                                   {"over_achievement", {}},
                                                   {"level_split", {}},
                                                   {"implicit_reverse_groups", {}}};
inline const std::vector<FieldSpec> kQualitative = {
    {"accept_reported_in_band", {}}, {"achieved", {}}, {"partial", {}}, {"not_achieved", {}}};
inline const std::vector<FieldSpec> kGrade = {{"fraction", {}}, {"band", {}}, {"words", {}}};
inline const std::vector<FieldSpec> kOver = {{"factor", {}}, {"deduct", {}}, {"points", {}}};
inline const std::vector<FieldSpec> kRounding = {
    {"rate", {}}, {"score_decimals", {}}, {"score_mode", {}}};
inline const std::vector<FieldSpec> kBand = {{"name", {}}, {"min", {}}};
inline const std::vector<FieldSpec> kChecks = {
    {"low_execution", {}},        {"full_marks_gap", {}},    {"score_tolerance", {}},
    {"expected_split", {}},       {"severity", {}},          {"qualitative_share", {}},
    {"unit_cost_excess", {}},     {"at_threshold_rows", {}}, {"batch_min_unit_projects", {}},
    {"batch_min_text_chars", {}}, {"batch_similarity", {}}};

}  // namespace evalscore::profile_keys

#endif  // EVALSCORE_CORE_PROFILE_KEYS_H_
