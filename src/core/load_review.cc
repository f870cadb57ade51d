#include "load_review.h"

namespace evalscore {
namespace {

const std::vector<FieldSpec> kReviewFields = FieldSpecsOf("review");
const std::vector<std::string> kPointUnits = {"分"};

}  // namespace

void ReadRowReview(const MapReader& row, Indicator* ind, Errors* errors) {
  if (auto v = row.Get("review_score")) {
    ind->review_score = ReadNumber(*v, "review_score", kPointUnits, errors);
  }
  if (auto v = row.Get("review_comment")) {
    ind->review_comment = ReadText(*v, "review_comment", errors);
  }
}

std::optional<ReviewBlock> ReadReviewBlock(const yaml::Node& node, Errors* errors) {
  if (!node.IsMap()) {
    errors->push_back({{"input.review_not_mapping", {}}, Where(node)});
    return std::nullopt;
  }
  ReviewBlock block;
  block.where = Where(node);
  MapReader r(node, kReviewFields, "review", errors);
  if (auto v = r.Get("reviewer")) block.reviewer = ReadText(*v, "review.reviewer", errors);
  if (auto v = r.Get("date")) block.date = ReadText(*v, "review.date", errors);
  if (auto v = r.Get("comment")) block.comment = ReadText(*v, "review.comment", errors);
  return block;
}

}  // namespace evalscore
