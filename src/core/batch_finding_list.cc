#include "evalscore/batch_finding_list.h"

#include <unordered_map>

#include "evalscore/batch_index.h"

#include "batch_findings.h"

namespace evalscore {
namespace {

using Kind = BatchFindingList::Kind;

// Forms read back for one chunk: the last one read (consecutive findings are
// mostly at one form) and the files of groups already named.
class ChunkForms {
 public:
  explicit ChunkForms(const BatchFormSource& source) : source_(source) {}

  // The form; null when it could not be read back. Valid until the next call.
  const BatchForm* Get(uint32_t index) {
    if (!last_ || last_index_ != index) {
      last_ = source_.Form(index);
      last_index_ = index;
    }
    return last_ ? &*last_ : nullptr;
  }

  // The files of a group's first forms; false when one could not be read back.
  bool GroupFiles(const BatchFindingList::Group& group, uint32_t id,
                  const std::vector<std::string>** files) {
    auto [it, added] = group_files_.try_emplace(id);
    if (added) {
      for (size_t k = 0; k < group.size && k < group.first.size(); ++k) {
        const std::optional<BatchForm> form = source_.Form(group.first[k]);
        if (!form) return false;
        it->second.push_back(form->file);
      }
    }
    *files = &it->second;
    return true;
  }

 private:
  const BatchFormSource& source_;
  std::optional<BatchForm> last_;
  uint32_t last_index_ = 0;
  std::unordered_map<uint32_t, std::vector<std::string>> group_files_;
};

// The finding of a group (ES501, ES503, ES504) at `form`.
std::optional<BatchFinding> WordGroupFinding(const BatchFindingList::Ref& ref,
                                             const BatchFindingList::Group& group,
                                             const std::vector<std::string>& files,
                                             const BatchForm& form, const RuleProfile& profile) {
  const auto file_of = [&](size_t i) {
    for (size_t k = 0; k < files.size(); ++k) {
      if (group.first[k] == i) return files[k];
    }
    return std::string();  // not reached: Others() names only the first forms
  };
  const std::string others = batch::Others(group, ref.form, file_of);
  switch (ref.kind) {
    case Kind::kEs501:
      return batch::MakeFinding("ES501", form, form.total_where,
                                batch::Es501(form, group.size, others), profile);
    case Kind::kEs503:
      return batch::MakeFinding("ES503", form, form.satisfaction_where,
                                batch::Es503(form, group.size, others), profile);
    default:
      return batch::MakeFinding("ES504", form, form.name_where, batch::Es504(form, others),
                                profile);
  }
}

}  // namespace

std::optional<std::vector<BatchFinding>> BatchFindingList::Word(size_t begin, size_t end,
                                                                const BatchFormSource& source,
                                                                const RuleProfile& profile) const {
  end = std::min(end, size());
  std::vector<BatchFinding> out;
  if (worded_) {
    if (begin < end)
      out.assign(worded_->begin() + static_cast<std::ptrdiff_t>(begin),
                 worded_->begin() + static_cast<std::ptrdiff_t>(end));
    return out;
  }
  ChunkForms forms(source);
  for (size_t k = begin; k < end; ++k) {
    const Ref& ref = refs_[k];
    std::optional<BatchFinding> finding;
    if (ref.kind == Kind::kEs502Exact || ref.kind == Kind::kEs502Near) {
      const std::optional<BatchForm> other = source.Form(ref.other_form);
      const BatchForm* form = forms.Get(ref.form);
      if (!other || form == nullptr || ref.row >= form->rows.size() ||
          ref.other_row >= other->rows.size()) {
        return std::nullopt;
      }
      const BatchForm::Row& row = form->rows[ref.row];
      finding = batch::MakeFinding(
          "ES502", *form, row.where,
          batch::Es502(ref.kind == Kind::kEs502Exact, row, *other, other->rows[ref.other_row]),
          profile);
    } else {
      const std::vector<std::string>* files = nullptr;
      if (ref.group >= groups_.size() || !forms.GroupFiles(groups_[ref.group], ref.group, &files)) {
        return std::nullopt;
      }
      const BatchForm* form = forms.Get(ref.form);
      if (form == nullptr) return std::nullopt;
      finding = WordGroupFinding(ref, groups_[ref.group], *files, *form, profile);
    }
    if (finding) out.push_back(std::move(*finding));
  }
  return out;
}

}  // namespace evalscore
