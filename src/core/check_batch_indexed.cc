// CheckIndexedBatch: the batch checks grouped by hash, reading forms back from
// the source only to compare near-duplicates and to word findings. See
// batch_index.h for the contract (the same findings as CheckBatch).
#include <algorithm>
#include <unordered_map>

#include "evalscore/batch_index.h"

#include "batch_findings.h"
#include "text_scan.h"

namespace evalscore {
namespace {

// The hashes that occur more than once (sorted): only they can join texts.
std::vector<uint64_t> Repeated(std::vector<uint64_t> hashes) {
  std::sort(hashes.begin(), hashes.end());
  std::vector<uint64_t> out;
  for (size_t i = 1; i < hashes.size(); ++i) {
    if (hashes[i] == hashes[i - 1] && (out.empty() || out.back() != hashes[i])) {
      out.push_back(hashes[i]);
    }
  }
  return out;
}

// One text per repeated hash; `collided` once two texts share one.
class HashConfirmer {
 public:
  explicit HashConfirmer(std::vector<uint64_t> hashes) : repeated_(Repeated(std::move(hashes))) {}
  void See(uint64_t hash, std::string_view text) {
    if (!std::binary_search(repeated_.begin(), repeated_.end(), hash)) return;
    auto [it, added] = seen_.try_emplace(hash, text);
    if (!added && it->second != text) collided_ = true;
  }
  bool collided() const { return collided_; }

 private:
  std::vector<uint64_t> repeated_;
  std::unordered_map<uint64_t, std::string> seen_;
  bool collided_ = false;
};

// Indices of `n` items ordered by key(i), then index: the groups of equal keys.
template <typename Key>
std::vector<size_t> GroupedOrder(size_t n, const Key& key) {
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key(a) < key(b); });
  return order;
}

// Calls each(begin, end) for every run of equal keys in `order`.
template <typename Key, typename Each>
void ForEachRun(const std::vector<size_t>& order, const Key& key, const Each& each) {
  for (size_t begin = 0; begin < order.size();) {
    size_t end = begin + 1;
    while (end < order.size() && key(order[end]) == key(order[begin])) ++end;
    each(begin, end);
    begin = end;
  }
}

class IndexedChecker {
 public:
  IndexedChecker(const BatchIndex& index, const BatchFormSource& source, const RuleProfile& profile)
      : forms_(index.forms()), rows_(index.rows()), source_(source), profile_(profile) {}

  std::optional<std::vector<BatchFinding>> Run() {
    const std::optional<bool> confirmed = HashesConfirmed();
    if (!confirmed) return std::nullopt;
    if (!*confirmed) return Fallback();
    Duplicates();
    Units();
    Copies();
    if (failed_) return std::nullopt;
    std::vector<size_t> order = Order();
    if (failed_) return std::nullopt;
    Permute(&findings_, std::move(order));
    return std::move(findings_);
  }

 private:
  // One sequential read of the source: true when no two texts share a hash,
  // nullopt when the source failed.
  std::optional<bool> HashesConfirmed() const {
    std::vector<uint64_t> duplicates, units, targets, keys;
    for (const BatchIndex::Form& f : forms_) {
      if (f.has_name) duplicates.push_back(f.duplicate);
      if (f.has_unit) units.push_back(f.unit);
    }
    for (const BatchIndex::Row& r : rows_) targets.push_back(r.target), keys.push_back(r.key);
    HashConfirmer duplicate(std::move(duplicates)), unit(std::move(units));
    HashConfirmer target(std::move(targets)), key(std::move(keys));
    size_t next_row = 0;
    const bool read = source_.ForEach([&](size_t i, const BatchForm& form) {
      const BatchIndex::Form& f = forms_[i];
      if (f.has_name) duplicate.See(f.duplicate, BatchDuplicateKey(form));
      if (f.has_unit) unit.See(f.unit, NormaliseForCompare(form.unit));
      for (; next_row < rows_.size() && rows_[next_row].form == i; ++next_row) {
        const BatchIndex::Row& r = rows_[next_row];
        if (r.row >= form.rows.size()) continue;  // cannot be: the index is of these forms
        target.See(r.target, BatchRowTarget(form.rows[r.row]));
        key.See(r.key, form.rows[r.row].key);
      }
    });
    if (!read) return std::nullopt;
    return !duplicate.collided() && !unit.collided() && !target.collided() && !key.collided();
  }

  std::optional<std::vector<BatchFinding>> Fallback() const {
    std::vector<BatchForm> all;
    all.reserve(forms_.size());
    if (!source_.ForEach([&](size_t, const BatchForm& form) { all.push_back(form); })) {
      return std::nullopt;
    }
    return CheckBatch(all, profile_);
  }

  std::optional<BatchForm> Load(size_t i) {
    std::optional<BatchForm> form = source_.Form(i);
    if (!form) failed_ = true;
    return form;
  }

  void Add(const char* code, size_t i, const BatchForm& form, Location where, Message message,
           uint32_t row = 0) {
    auto finding = batch::MakeFinding(code, form, where, std::move(message), profile_);
    if (!finding) return;
    findings_.push_back(std::move(*finding));
    places_.push_back({i, row});
  }

  // Calls each(i, form, others) for every form of `group` (indices in input
  // order), `others` naming the group's other files; loads one form at a time.
  template <typename Each>
  void ForEachInGroup(const std::vector<size_t>& group, const Each& each) {
    std::vector<std::string> first_files;  // Others() names at most the first three
    for (size_t k = 0; k < group.size() && k < 3; ++k) {
      const std::optional<BatchForm> form = Load(group[k]);
      if (!form) return;
      first_files.push_back(form->file);
    }
    const auto file_of = [&](size_t i) {
      for (size_t k = 0; k < first_files.size(); ++k) {
        if (group[k] == i) return first_files[k];
      }
      return std::string();  // not reached: Others() stops at two others
    };
    for (size_t i : group) {
      const std::optional<BatchForm> form = Load(i);
      if (!form) return;
      each(i, *form, batch::Others(group, i, file_of));
    }
  }

  // ES504: the same name, year and unit twice.
  void Duplicates() {
    std::vector<size_t> named;
    for (size_t i = 0; i < forms_.size(); ++i) {
      if (forms_[i].has_name) named.push_back(i);
    }
    const auto key = [&](size_t k) { return forms_[named[k]].duplicate; };
    const std::vector<size_t> order = GroupedOrder(named.size(), key);
    ForEachRun(order, key, [&](size_t begin, size_t end) {
      if (end - begin < 2 || failed_) return;
      std::vector<size_t> group;
      for (size_t k = begin; k < end; ++k) group.push_back(named[order[k]]);
      ForEachInGroup(group, [&](size_t i, const BatchForm& form, const std::string& others) {
        Add("ES504", i, form, form.name_where, batch::Es504(form, others));
      });
    });
  }

  // ES501 and ES503: every form of a unit at full marks / satisfaction 100%.
  void Units() {
    std::vector<size_t> with_unit;
    for (size_t i = 0; i < forms_.size(); ++i) {
      if (forms_[i].has_unit) with_unit.push_back(i);
    }
    const auto key = [&](size_t k) { return forms_[with_unit[k]].unit; };
    const std::vector<size_t> order = GroupedOrder(with_unit.size(), key);
    const size_t min = static_cast<size_t>(profile_.checks.batch_min_unit_projects);
    ForEachRun(order, key, [&](size_t begin, size_t end) {
      if (end - begin < min || failed_) return;
      std::vector<size_t> group;
      bool full = true, satisfied = true;
      for (size_t k = begin; k < end; ++k) {
        const size_t i = with_unit[order[k]];
        group.push_back(i);
        full = full && forms_[i].self_full;
        satisfied = satisfied && forms_[i].satisfaction_all_100;
      }
      if (!full && !satisfied) return;
      ForEachInGroup(group, [&](size_t i, const BatchForm& form, const std::string& others) {
        if (full) Add("ES501", i, form, form.total_where, batch::Es501(form, group.size(), others));
        if (satisfied) {
          Add("ES503", i, form, form.satisfaction_where, batch::Es503(form, group.size(), others));
        }
      });
    });
  }

  // A compared row read back: the row, and its form's file, source parts and
  // unit as written.
  struct RowText {
    BatchForm::Row row;
    BatchForm form;  // file, source_parts and unit only
  };

  std::optional<RowText> LoadRow(const BatchIndex::Row& ref) {
    std::optional<BatchForm> form = Load(ref.form);
    if (!form || ref.row >= form->rows.size()) {
      failed_ = true;
      return std::nullopt;
    }
    RowText text{std::move(form->rows[ref.row]), {}};
    text.form.file = std::move(form->file);
    text.form.source_parts = std::move(form->source_parts);
    text.form.unit = std::move(form->unit);
    return text;
  }

  // ES502: a row whose name and target also appear (or nearly) on a form of
  // another unit, among the rows of one target (`group`: indices in rows_).
  void Copies() {
    const auto key = [&](size_t r) { return rows_[r].target; };
    const std::vector<size_t> order = GroupedOrder(rows_.size(), key);
    ForEachRun(order, key, [&](size_t begin, size_t end) {
      if (end - begin < 2 || failed_) return;
      const std::vector<size_t> group(order.begin() + static_cast<std::ptrdiff_t>(begin),
                                      order.begin() + static_cast<std::ptrdiff_t>(end));
      if (group.size() <= batch::kNearGroupMax) {
        NearCopies(group);
      } else {
        ExactCopies(group);
      }
    });
  }

  void AddCopy(bool exact, const BatchIndex::Row& a, const RowText& ra, const RowText& rb) {
    Add("ES502", a.form, ra.form, ra.row.where, batch::Es502(exact, ra.row, rb.form, rb.row),
        a.row);
  }

  // At most kNearGroupMax rows: each read back once when first compared.
  void NearCopies(const std::vector<size_t>& group) {
    std::vector<std::optional<RowText>> texts(group.size());
    const auto text = [&](size_t k) -> const RowText* {
      if (!texts[k]) texts[k] = LoadRow(rows_[group[k]]);
      return texts[k] ? &*texts[k] : nullptr;
    };
    for (size_t ka = 0; ka < group.size(); ++ka) {
      const BatchIndex::Row& a = rows_[group[ka]];
      for (size_t kb = 0; kb < group.size(); ++kb) {
        const BatchIndex::Row& b = rows_[group[kb]];
        if (forms_[a.form].unit == forms_[b.form].unit) continue;
        const bool exact = a.key == b.key;
        const RowText* ta = text(ka);
        const RowText* tb = text(kb);
        if (ta == nullptr || tb == nullptr) return;
        if (!exact && !batch::Similar(ta->row, tb->row, profile_)) continue;
        AddCopy(exact, a, *ta, *tb);
        break;
      }
    }
  }

  // More rows: exact copies only, found by hash (each key's first row, and its
  // first row of another unit); read back are the rows of findings.
  void ExactCopies(std::vector<size_t> group) {
    const auto key = [&](size_t r) { return rows_[r].key; };
    std::stable_sort(group.begin(), group.end(),
                     [&](size_t x, size_t y) { return key(x) < key(y); });
    ForEachRun(group, key, [&](size_t begin, size_t end) {
      if (failed_) return;
      const uint64_t first_unit = forms_[rows_[group[begin]].form].unit;
      size_t other = end;  // the first row of a unit other than the first row's
      for (size_t k = begin; k < end && other == end; ++k) {
        if (forms_[rows_[group[k]].form].unit != first_unit) other = k;
      }
      if (other == end) return;  // one unit only
      std::optional<RowText> first = LoadRow(rows_[group[begin]]);
      std::optional<RowText> second = LoadRow(rows_[group[other]]);
      if (!first || !second) return;
      for (size_t k = begin; k < end; ++k) {
        const BatchIndex::Row& a = rows_[group[k]];
        const bool same_as_first = forms_[a.form].unit == first_unit;
        std::optional<RowText> ta = LoadRow(a);
        if (!ta) return;
        AddCopy(true, a, *ta, same_as_first ? *second : *first);
      }
    });
  }

  // The result's order (indices into findings_), as CheckBatch's: form,
  // location, code; rows of one form at one location (cells of different
  // tables) by target text, then row.
  std::vector<size_t> Order() {
    const auto tied = [&](size_t x, size_t y) {
      const Location& a = findings_[x].diagnostic.where;
      const Location& b = findings_[y].diagnostic.where;
      return places_[x].form == places_[y].form && a.line == b.line && a.column == b.column &&
             findings_[x].diagnostic.code == findings_[y].diagnostic.code;
    };
    std::vector<size_t> order(findings_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
      if (places_[x].form != places_[y].form) return places_[x].form < places_[y].form;
      const Location& a = findings_[x].diagnostic.where;
      const Location& b = findings_[y].diagnostic.where;
      if (a.line != b.line) return a.line < b.line;
      if (a.column != b.column) return a.column < b.column;
      if (findings_[x].diagnostic.code != findings_[y].diagnostic.code) {
        return findings_[x].diagnostic.code < findings_[y].diagnostic.code;
      }
      return places_[x].row < places_[y].row;
    });
    for (size_t begin = 0; begin < order.size();) {
      size_t end = begin + 1;
      while (end < order.size() && tied(order[begin], order[end])) ++end;
      if (end - begin > 1 && findings_[order[begin]].diagnostic.code == "ES502") {
        OrderTies(&order, begin, end);
      }
      begin = end;
    }
    return order;
  }

  void OrderTies(std::vector<size_t>* order, size_t begin, size_t end) {
    const std::optional<BatchForm> form = Load(places_[(*order)[begin]].form);
    if (!form) return;
    const auto target = [&](size_t i) {
      const uint32_t row = places_[i].row;
      return row < form->rows.size() ? BatchRowTarget(form->rows[row]) : std::string_view();
    };
    std::stable_sort(order->begin() + static_cast<std::ptrdiff_t>(begin),
                     order->begin() + static_cast<std::ptrdiff_t>(end), [&](size_t x, size_t y) {
                       if (target(x) != target(y)) return target(x) < target(y);
                       return places_[x].row < places_[y].row;
                     });
  }

  // Puts (*items)[order[k]] at k, in place (no second copy of the findings).
  static void Permute(std::vector<BatchFinding>* items, std::vector<size_t> order) {
    std::vector<BatchFinding>& v = *items;
    for (size_t i = 0; i < v.size(); ++i) {
      if (order[i] == i) continue;
      BatchFinding held = std::move(v[i]);
      size_t j = i;
      for (size_t k = order[j]; k != i; k = order[j]) {
        v[j] = std::move(v[k]);
        order[j] = j;
        j = k;
      }
      v[j] = std::move(held);
      order[j] = j;
    }
  }

  const std::vector<BatchIndex::Form>& forms_;
  const std::vector<BatchIndex::Row>& rows_;
  const BatchFormSource& source_;
  const RuleProfile& profile_;
  struct Place {
    size_t form;
    uint32_t row;  // ES502: the row's index in BatchForm::rows
  };
  std::vector<BatchFinding> findings_;  // as found
  std::vector<Place> places_;           // of each finding

  bool failed_ = false;
};

}  // namespace

std::optional<std::vector<BatchFinding>> CheckIndexedBatch(const BatchIndex& index,
                                                           const BatchFormSource& source,
                                                           const RuleProfile& profile) {
  return IndexedChecker(index, source, profile).Run();
}

}  // namespace evalscore
