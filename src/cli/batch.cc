#include "cli/batch.h"

#include <algorithm>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>

namespace evalscore::cli {
namespace {

// Shared state of one parallel batch. Every thread, the caller's included,
// claims inputs, scores them, and then renders whatever reports are ready in
// order, if no other thread is rendering: nobody sleeps waiting for the next
// report, so a 2-core batch keeps both cores scoring.
class Batch {
 public:
  Batch(const InputList& inputs, const InputOrder* order, unsigned jobs, const ScoreOne& score,
        const Consume& consume, const std::atomic<bool>* stop)
      : inputs_(inputs),
        order_(order),
        stop_(stop),
        score_(score),
        consume_(consume),
        window_(8 * static_cast<size_t>(jobs) + 32),
        slots_(window_) {}

  void Work() {
    for (;;) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        // At most window_ reports wait to be rendered: memory stays flat.
        room_.wait(lock, [&] {
          return next_claim_ >= inputs_.size() || Stopped() || next_claim_ < next_render_ + window_;
        });
        if (next_claim_ >= inputs_.size() || Stopped()) break;
        i = next_claim_++;
      }
      auto report = std::make_unique<std::vector<FileReport>>(
          score_(inputs_.At(order_ != nullptr ? (*order_)[i] : i)));
      {
        std::lock_guard<std::mutex> lock(mutex_);
        slots_[i % window_] = std::move(report);
      }
      RenderReady();
    }
    RenderReady();
  }

 private:
  // Renders consecutive ready reports; returns at once if another thread is
  // rendering (it will see ours, as it checks again after letting go). Input
  // i's report waits in slot i % window_: claims stay below next_render_ +
  // window_, so the slot of next_render_ holds its report or nothing.
  void RenderReady() {
    for (;;) {
      std::unique_lock<std::mutex> render(render_mutex_, std::try_to_lock);
      if (!render.owns_lock()) return;
      for (;;) {
        std::unique_ptr<std::vector<FileReport>> report;
        {
          std::lock_guard<std::mutex> lock(mutex_);
          if (!Ready()) break;
          report = std::move(slots_[next_render_ % window_]);
          ++next_render_;
        }
        room_.notify_all();
        for (const FileReport& r : *report) consume_(r);
        if (Stopped()) room_.notify_all();  // waiting claimers give up
      }
      render.unlock();
      std::lock_guard<std::mutex> lock(mutex_);
      if (!Ready()) return;
    }
  }

  // True when the next report to render is there (mutex_ held).
  bool Ready() const {
    return next_render_ < inputs_.size() && slots_[next_render_ % window_] != nullptr;
  }

  bool Stopped() const { return stop_ != nullptr && stop_->load(); }

  const InputList& inputs_;
  const InputOrder* order_;  // nullptr: the list's order
  const std::atomic<bool>* stop_;
  const ScoreOne& score_;
  const Consume& consume_;
  const size_t window_;
  std::vector<std::unique_ptr<std::vector<FileReport>>> slots_;  // a ring of window_
  std::mutex mutex_;         // slots_, next_claim_, next_render_
  std::mutex render_mutex_;  // held by the one thread calling consume_
  std::condition_variable room_;
  size_t next_claim_ = 0;
  size_t next_render_ = 0;
};

}  // namespace

unsigned RunBatch(const InputList& inputs, unsigned jobs, const ScoreOne& score,
                  const Consume& consume, const std::atomic<bool>* stop, const InputOrder* order) {
  if (jobs > inputs.size()) jobs = static_cast<unsigned>(std::max<size_t>(1, inputs.size()));
  if (jobs <= 1) {
    for (size_t i = 0; i < inputs.size(); ++i) {
      if (stop != nullptr && stop->load()) break;
      for (const FileReport& r : score(inputs.At(order != nullptr ? (*order)[i] : i))) consume(r);
    }
    return 1;
  }
  Batch batch(inputs, order, jobs, score, consume, stop);
  std::vector<std::thread> helpers;
  for (unsigned t = 1; t < jobs; ++t) {
    try {
      helpers.emplace_back([&] { batch.Work(); });
    } catch (const std::system_error&) {
      break;  // the thread limit (ulimit -u, cgroup pids.max): run on those we have
    }
  }
  batch.Work();
  for (std::thread& t : helpers) t.join();
  return static_cast<unsigned>(helpers.size()) + 1;
}

}  // namespace evalscore::cli
