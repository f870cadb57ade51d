// Rows without 分值 under levels with declared weights (G1, L1b): the weight of
// the level stands for its rows by the profile's LevelSplit rule.
#include <numeric>

#include "evalscore/score.h"

namespace evalscore {
namespace {

// The indicator table as a tree of levels: root → blocks → 一级 → 二级; rows
// hang on 二级 levels and are indexed in document order.
struct Level {
  std::string name;
  std::optional<double> weight;
  std::vector<size_t> children;  // indices into the level table
  std::vector<size_t> rows;      // indices into the row table
};

struct Row {
  std::optional<double> printed;
  std::optional<double> reported;
  bool blank = false;
};

class Resolver {
 public:
  Resolver(const Project& p, LevelSplit rule) : rule_(rule) { Build(p); }

  std::vector<RowPoints> Run() {
    out_.assign(rows_.size(), RowPoints{});
    for (size_t i = 0; i < rows_.size(); ++i) out_[i].points = rows_[i].printed;
    if (rule_ != LevelSplit::kNone) Distribute(0);
    return out_;
  }

 private:
  size_t Add(std::string name, const OptNumber& weight) {
    Level l;
    l.name = std::move(name);
    if (weight) l.weight = weight->value;
    levels_.push_back(std::move(l));
    return levels_.size() - 1;
  }

  void Build(const Project& p) {
    Add("", std::nullopt);  // root
    std::vector<size_t> block_level;
    for (const IndicatorBlock& b : p.blocks) {
      block_level.push_back(Add(b.name.value, b.weight));
      levels_[0].children.push_back(block_level.back());
    }
    for (const IndicatorCategory& cat : p.categories) {
      const size_t parent = cat.block >= 0 && static_cast<size_t>(cat.block) < block_level.size()
                                ? block_level[static_cast<size_t>(cat.block)]
                                : 0;
      const size_t c = Add(cat.name.value, cat.weight);
      levels_[parent].children.push_back(c);
      for (const IndicatorGroup& g : cat.groups) {
        const size_t gl = Add(g.name.value, g.weight);
        levels_[c].children.push_back(gl);
        for (const Indicator& ind : g.indicators) {
          Row r;
          if (ind.points) r.printed = ind.points->value;
          if (ind.score) r.reported = ind.score->value;
          r.blank = ind.blank;
          levels_[gl].rows.push_back(rows_.size());
          rows_.push_back(r);
        }
      }
    }
  }

  // What a level takes of its parent's weight: its own weight, or what its
  // children and rows carry.
  double Consumed(size_t l) const {
    const Level& level = levels_[l];
    if (level.weight) return *level.weight;
    double sum = 0;
    for (size_t c : level.children) sum += Consumed(c);
    for (size_t r : level.rows) sum += rows_[r].printed.value_or(0);
    return sum;
  }

  // Rows without 分值 that the weight of level `l` stands for.
  void Open(size_t l, std::vector<size_t>* open) const {
    const Level& level = levels_[l];
    for (size_t r : level.rows) {
      if (!rows_[r].printed && !rows_[r].blank) open->push_back(r);
    }
    for (size_t c : level.children) {
      if (!levels_[c].weight) Open(c, open);
    }
  }

  void Distribute(size_t l) {
    const Level& level = levels_[l];
    if (level.weight) {
      double left = *level.weight;
      for (size_t c : level.children) left -= Consumed(c);
      for (size_t r : level.rows) left -= rows_[r].printed.value_or(0);
      std::vector<size_t> open;
      Open(l, &open);
      if (!open.empty() && left > 1e-9) Share(left, open, level.name);
    }
    for (size_t c : level.children) Distribute(c);
  }

  void Share(double left, const std::vector<size_t>& open, const std::string& from) {
    double reported = 0;
    for (size_t r : open) reported += rows_[r].reported.value_or(0);
    const bool proportional = rule_ == LevelSplit::kProportional && reported > 0;
    for (size_t r : open) {
      const double share = proportional ? left * rows_[r].reported.value_or(0) / reported
                                        : left / static_cast<double>(open.size());
      out_[r].points = share;
      out_[r].implied = true;
      out_[r].from = from;
    }
  }

  LevelSplit rule_;
  std::vector<Level> levels_;
  std::vector<Row> rows_;
  std::vector<RowPoints> out_;
};

}  // namespace

std::vector<RowPoints> ResolveRowPoints(const Project& project, LevelSplit rule) {
  return Resolver(project, rule).Run();
}

}  // namespace evalscore
