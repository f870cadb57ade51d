#include "cli/batch.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace evalscore::cli {

void RunBatch(const std::vector<Input>& inputs, unsigned jobs, const ScoreOne& score,
              const Consume& consume) {
  if (jobs <= 1 || inputs.size() <= 1) {
    for (const Input& input : inputs) consume(score(input));
    return;
  }
  // Workers may run at most `window` inputs ahead of the renderer, so memory
  // stays flat however many inputs there are.
  const size_t window = 4 * static_cast<size_t>(jobs) + 16;
  std::vector<std::unique_ptr<FileReport>> slots(inputs.size());
  std::mutex mutex;
  std::condition_variable ready;  // a slot was filled
  std::condition_variable room;   // the renderer moved on
  size_t next_claim = 0;
  size_t next_render = 0;

  const auto worker = [&] {
    for (;;) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(mutex);
        room.wait(lock,
                  [&] { return next_claim >= inputs.size() || next_claim < next_render + window; });
        if (next_claim >= inputs.size()) return;
        i = next_claim++;
      }
      auto report = std::make_unique<FileReport>(score(inputs[i]));
      {
        std::lock_guard<std::mutex> lock(mutex);
        slots[i] = std::move(report);
      }
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);
  for (size_t i = 0; i < inputs.size(); ++i) {
    std::unique_ptr<FileReport> report;
    {
      std::unique_lock<std::mutex> lock(mutex);
      ready.wait(lock, [&] { return slots[i] != nullptr; });
      report = std::move(slots[i]);
      next_render = i + 1;
    }
    room.notify_all();
    consume(*report);
  }
  for (std::thread& t : threads) t.join();
}

}  // namespace evalscore::cli
