// CheckIndexedBatch: the batch checks grouped by hash, reading forms back from
// the source only to compare near-duplicates and to locate findings. See
// batch_index.h for the contract (the same findings as CheckBatch).
#include <algorithm>
#include <array>
#include <deque>
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

// An index of a form or row (BatchIndex keeps them below 2^32): half the
// memory of size_t in the orders built over every form.
using Index = uint32_t;

// Indices of `n` items ordered by key(i), then index: the groups of equal keys.
// (std::sort with the index as tie-break: stable_sort's buffer would double it.)
template <typename Key>
std::vector<Index> GroupedOrder(size_t n, const Key& key) {
  std::vector<Index> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = static_cast<Index>(i);
  std::sort(order.begin(), order.end(), [&](Index a, Index b) {
    const auto ka = key(a), kb = key(b);
    return ka != kb ? ka < kb : a < b;
  });
  return order;
}

// Calls each(begin, end) for every run of equal keys in `order`.
template <typename Order, typename Key, typename Each>
void ForEachRun(const Order& order, const Key& key, const Each& each) {
  for (size_t begin = 0; begin < order.size();) {
    size_t end = begin + 1;
    while (end < order.size() && key(order[end]) == key(order[begin])) ++end;
    each(begin, end);
    begin = end;
  }
}

using Kind = BatchFindingList::Kind;

class IndexedChecker {
 public:
  IndexedChecker(const BatchIndex& index, const BatchFormSource& source, const RuleProfile& profile,
                 size_t rows_per_share)
      : forms_(index.forms()),
        row_store_(index.rows()),
        source_(source),
        profile_(profile),
        shares_(std::max<size_t>(
            1, (row_store_.size() + rows_per_share - 1) / std::max<size_t>(1, rows_per_share))) {
    for (const Kind kind : {Kind::kEs501, Kind::kEs502Exact, Kind::kEs503, Kind::kEs504}) {
      reported_[static_cast<size_t>(kind)] = batch::Reported(batch::KindCode(kind), profile_);
    }
    reported_[static_cast<size_t>(Kind::kEs502Near)] =
        reported_[static_cast<size_t>(Kind::kEs502Exact)];
  }

  std::optional<BatchFindingList> Run() {
    for (size_t share = 0; share < shares_; ++share) {
      if (!LoadShare(share)) return std::nullopt;
      // The forms' hashes are confirmed with the first share's rows (one read).
      const std::optional<bool> confirmed = HashesConfirmed(share == 0);
      if (!confirmed) return std::nullopt;
      if (!*confirmed) return Fallback();
      if (share == 0) Duplicates(), Units();
      Copies();
      if (failed_) return std::nullopt;
    }
    rows_.clear();
    rows_.shrink_to_fit();
    Order();
    if (failed_) return std::nullopt;
    return BatchFindingList(std::move(refs_), std::move(groups_));
  }

 private:
  // rows_: the compared rows whose target hash falls in `share`, in input order.
  bool LoadShare(size_t share) {
    rows_.clear();
    return row_store_.ForEach([&](const BatchRowHash& r) {
      if (r.target % shares_ == share) rows_.push_back(r);
    });
  }

  // One sequential read of the source: true when no two texts (of the forms
  // when `forms`, of rows_) share a hash, nullopt when the source failed.
  std::optional<bool> HashesConfirmed(bool forms) const {
    std::vector<uint64_t> duplicates, units, targets, keys;
    if (forms) {
      for (const BatchIndex::Form& f : forms_) {
        if (f.has_name) duplicates.push_back(f.duplicate);
        if (f.has_unit) units.push_back(f.unit);
      }
    }
    for (const BatchRowHash& r : rows_) targets.push_back(r.target), keys.push_back(r.key);
    HashConfirmer duplicate(std::move(duplicates)), unit(std::move(units));
    HashConfirmer target(std::move(targets)), key(std::move(keys));
    size_t next_row = 0;
    const bool read = source_.ForEach([&](size_t i, const BatchForm& form) {
      const BatchIndex::Form& f = forms_[i];
      if (forms && f.has_name) duplicate.See(f.duplicate, BatchDuplicateKey(form));
      if (forms && f.has_unit) unit.See(f.unit, NormaliseForCompare(form.unit));
      for (; next_row < rows_.size() && rows_[next_row].form == i; ++next_row) {
        const BatchRowHash& r = rows_[next_row];
        if (r.row >= form.rows.size()) continue;  // cannot be: the index is of these forms
        target.See(r.target, BatchRowTarget(form.rows[r.row]));
        key.See(r.key, form.rows[r.row].key);
      }
    });
    if (!read) return std::nullopt;
    return !duplicate.collided() && !unit.collided() && !target.collided() && !key.collided();
  }

  std::optional<BatchFindingList> Fallback() const {
    std::vector<BatchForm> all;
    all.reserve(forms_.size());
    if (!source_.ForEach([&](size_t, const BatchForm& form) { all.push_back(form); })) {
      return std::nullopt;
    }
    return BatchFindingList(CheckBatch(all, profile_));
  }

  std::optional<BatchForm> Load(size_t i) {
    std::optional<BatchForm> form = source_.Form(i);
    if (!form) failed_ = true;
    return form;
  }

  void Add(BatchFindingList::Ref ref, const Location& where) {
    if (!reported_[static_cast<size_t>(ref.kind)]) return;
    ref.line = where.line;
    ref.column = where.column;
    refs_.push_back(ref);
  }

  // Adds a finding of `kind` for every form of `group` (indices in input
  // order), located by where(form); loads one form at a time.
  template <typename Where>
  void AddForGroup(Kind kind, const std::vector<size_t>& group, const Where& where) {
    if (!reported_[static_cast<size_t>(kind)]) return;
    const uint32_t id = static_cast<uint32_t>(groups_.size());
    groups_.push_back(batch::GroupOf(group));
    for (size_t i : group) {
      const std::optional<BatchForm> form = Load(i);
      if (!form) return;
      BatchFindingList::Ref ref;
      ref.form = static_cast<uint32_t>(i);
      ref.group = id;
      ref.kind = kind;
      Add(ref, where(*form));
    }
  }

  // ES504: the same name, year and unit twice.
  void Duplicates() {
    std::vector<Index> named;
    for (size_t i = 0; i < forms_.size(); ++i) {
      if (forms_[i].has_name) named.push_back(static_cast<Index>(i));
    }
    const auto key = [&](size_t k) { return forms_[named[k]].duplicate; };
    const std::vector<Index> order = GroupedOrder(named.size(), key);
    ForEachRun(order, key, [&](size_t begin, size_t end) {
      if (end - begin < 2 || failed_) return;
      std::vector<size_t> group;
      for (size_t k = begin; k < end; ++k) group.push_back(named[order[k]]);
      AddForGroup(Kind::kEs504, group, [](const BatchForm& f) { return f.name_where; });
    });
  }

  // ES501 and ES503: every form of a unit at full marks / satisfaction 100%.
  void Units() {
    std::vector<Index> with_unit;
    for (size_t i = 0; i < forms_.size(); ++i) {
      if (forms_[i].has_unit) with_unit.push_back(static_cast<Index>(i));
    }
    const auto key = [&](size_t k) { return forms_[with_unit[k]].unit; };
    const std::vector<Index> order = GroupedOrder(with_unit.size(), key);
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
      if (full) AddForGroup(Kind::kEs501, group, [](const BatchForm& f) { return f.total_where; });
      if (satisfied && !failed_) {
        AddForGroup(Kind::kEs503, group, [](const BatchForm& f) { return f.satisfaction_where; });
      }
    });
  }

  // A compared row read back.
  std::optional<BatchForm::Row> LoadRow(const BatchRowHash& ref) {
    std::optional<BatchForm> form = Load(ref.form);
    if (!form || ref.row >= form->rows.size()) {
      failed_ = true;
      return std::nullopt;
    }
    return std::move(form->rows[ref.row]);
  }

  // ES502: a row whose name and target also appear (or nearly) on a form of
  // another unit, among the rows of one target (`group`: indices in rows_).
  void Copies() {
    const auto key = [&](size_t r) { return rows_[r].target; };
    const std::vector<Index> order = GroupedOrder(rows_.size(), key);
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

  void AddCopy(bool exact, const BatchRowHash& a, const BatchForm::Row& row_a,
               const BatchRowHash& b) {
    BatchFindingList::Ref ref;
    ref.form = a.form;
    ref.row = a.row;
    ref.other_form = b.form;
    ref.other_row = b.row;
    ref.kind = exact ? Kind::kEs502Exact : Kind::kEs502Near;
    Add(ref, row_a.where);
  }

  // At most kNearGroupMax rows: each read back once when first compared.
  void NearCopies(const std::vector<size_t>& group) {
    std::vector<std::optional<BatchForm::Row>> texts(group.size());
    const auto text = [&](size_t k) -> const BatchForm::Row* {
      if (!texts[k]) texts[k] = LoadRow(rows_[group[k]]);
      return texts[k] ? &*texts[k] : nullptr;
    };
    for (size_t ka = 0; ka < group.size(); ++ka) {
      const BatchRowHash& a = rows_[group[ka]];
      for (size_t kb = 0; kb < group.size(); ++kb) {
        const BatchRowHash& b = rows_[group[kb]];
        if (forms_[a.form].unit == forms_[b.form].unit) continue;
        const bool exact = a.key == b.key;
        const BatchForm::Row* ta = text(ka);
        const BatchForm::Row* tb = text(kb);
        if (ta == nullptr || tb == nullptr) return;
        if (!exact && !batch::Similar(*ta, *tb, profile_)) continue;
        AddCopy(exact, a, *ta, b);
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
      const BatchRowHash& first = rows_[group[begin]];
      const uint64_t first_unit = forms_[first.form].unit;
      size_t other = end;  // the first row of a unit other than the first row's
      for (size_t k = begin; k < end && other == end; ++k) {
        if (forms_[rows_[group[k]].form].unit != first_unit) other = k;
      }
      if (other == end) return;  // one unit only
      const BatchRowHash& second = rows_[group[other]];
      for (size_t k = begin; k < end; ++k) {
        const BatchRowHash& a = rows_[group[k]];
        const std::optional<BatchForm::Row> ta = LoadRow(a);
        if (!ta) return;
        AddCopy(true, a, *ta, forms_[a.form].unit == first_unit ? second : first);
      }
    });
  }

  // CheckBatch's order: form, location, code; rows of one form at one
  // location (cells of different tables) by target text, then row.
  void Order() {
    const auto rank = [](Kind k) {
      return static_cast<int>(k == Kind::kEs502Near ? Kind::kEs502Exact : k);
    };
    const auto tied = [&](const BatchFindingList::Ref& a, const BatchFindingList::Ref& b) {
      return a.form == b.form && a.line == b.line && a.column == b.column &&
             rank(a.kind) == rank(b.kind);
    };
    // No two references share form, place, code and row (a form is in one
    // group of each kind, a row has one ES502): std::sort, in place, orders
    // them as CheckBatch's stable sort does (the other form and row only make it total).
    std::sort(refs_.begin(), refs_.end(),
              [&](const BatchFindingList::Ref& a, const BatchFindingList::Ref& b) {
                if (a.form != b.form) return a.form < b.form;
                if (a.line != b.line) return a.line < b.line;
                if (a.column != b.column) return a.column < b.column;
                if (rank(a.kind) != rank(b.kind)) return rank(a.kind) < rank(b.kind);
                if (a.row != b.row) return a.row < b.row;
                if (a.other_form != b.other_form) return a.other_form < b.other_form;
                return a.other_row < b.other_row;
              });
    for (size_t begin = 0; begin < refs_.size();) {
      size_t end = begin + 1;
      while (end < refs_.size() && tied(refs_[begin], refs_[end])) ++end;
      if (end - begin > 1 && rank(refs_[begin].kind) == rank(Kind::kEs502Exact)) {
        OrderTies(begin, end);
      }
      begin = end;
    }
  }

  void OrderTies(size_t begin, size_t end) {
    const std::optional<BatchForm> form = Load(refs_[begin].form);
    if (!form) return;
    const auto target = [&](const BatchFindingList::Ref& r) {
      return r.row < form->rows.size() ? BatchRowTarget(form->rows[r.row]) : std::string_view();
    };
    std::stable_sort(refs_.begin() + static_cast<std::ptrdiff_t>(begin),
                     refs_.begin() + static_cast<std::ptrdiff_t>(end),
                     [&](const BatchFindingList::Ref& x, const BatchFindingList::Ref& y) {
                       if (target(x) != target(y)) return target(x) < target(y);
                       return x.row < y.row;
                     });
  }

  const std::vector<BatchIndex::Form>& forms_;
  const BatchRowStore& row_store_;
  const BatchFormSource& source_;
  const RuleProfile& profile_;
  const size_t shares_;
  std::array<bool, 5> reported_{};  // by Kind: not turned off by the profile
  std::vector<BatchRowHash> rows_;  // of the share being checked
  std::deque<BatchFindingList::Ref> refs_;
  std::vector<BatchFindingList::Group> groups_;
  bool failed_ = false;
};

}  // namespace

std::optional<BatchFindingList> CheckIndexedBatch(const BatchIndex& index,
                                                  const BatchFormSource& source,
                                                  const RuleProfile& profile,
                                                  size_t rows_per_share) {
  return IndexedChecker(index, source, profile, rows_per_share).Run();
}

}  // namespace evalscore
