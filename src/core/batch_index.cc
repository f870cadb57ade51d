#include "evalscore/batch_index.h"

#include <limits>

#include "text_scan.h"

namespace evalscore {

uint64_t HashBatchText(std::string_view text) {
  uint64_t hash = 14695981039346656037ull;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

std::string BatchDuplicateKey(const BatchForm& form) {
  const std::string name = NormaliseForCompare(form.name);
  if (name.empty()) return "";
  return name + "|" + std::to_string(form.year) + "|" + NormaliseForCompare(form.unit);
}

std::string_view BatchRowTarget(const BatchForm::Row& row) {
  return std::string_view(row.key).substr(row.key.find('|'));
}

void BatchIndex::Add(const BatchForm& form) {
  const size_t index = forms_.size();
  Form f;
  const std::string duplicate = BatchDuplicateKey(form);
  f.has_name = !duplicate.empty();
  f.duplicate = f.has_name ? hash_(duplicate) : 0;
  const std::string unit = NormaliseForCompare(form.unit);
  f.has_unit = !unit.empty();
  f.unit = hash_(unit);
  f.self_full = form.self_full;
  f.satisfaction_all_100 = form.satisfaction_all_100;
  forms_.push_back(f);
  // Indices past 32 bits (4 billion forms or rows of one form) are beyond any batch.
  if (!f.has_unit || index > std::numeric_limits<uint32_t>::max()) return;
  for (size_t r = 0; r < form.rows.size() && r <= std::numeric_limits<uint32_t>::max(); ++r) {
    const BatchForm::Row& row = form.rows[r];
    if (row.name_chars < min_text_chars_) continue;
    rows_->Append({hash_(BatchRowTarget(row)), hash_(row.key), static_cast<uint32_t>(index),
                   static_cast<uint32_t>(r)});
  }
}

}  // namespace evalscore
