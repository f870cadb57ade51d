// libFuzzer target: any bytes as a submitted form file (xlsx, xls or docx, as
// the first bytes say); reading, recognizing, scoring and checking must never
// crash, hang, leak or take unbounded memory.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "evalscore/check.h"
#include "evalscore/score.h"

#include "readers/biff_records.h"
#include "readers/readers.h"
#include "readers/recognize_form.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // Our own BIFF8 record walk (hidden sheets, formula results of .xls) takes
  // the bytes as a Workbook stream; seeds are the fixtures' streams
  // (tests/bad-forms/make_xls.py --streams). It must never crash or hang.
  (void)evalscore::readers::WalkBiff(bytes);
  // .xls goes to libfreexl in a child process (readers/isolated.h): its own
  // memory bugs (it reads past a stack buffer on damaged files) are contained
  // there, and tests/bad-forms/freexl-overread.xls checks that. Fuzzing it
  // here would only report libfreexl's bugs from the child.
  if (evalscore::readers::Sniff(bytes) == evalscore::readers::Container::kOle2) return 0;
  // The docx reader is chosen by name for a zip; alternate by the first byte.
  const char* name = size > 0 && (data[size - 1] & 1) ? "form.docx" : "form.xlsx";
  auto set = evalscore::readers::ReadFormBytes(bytes, name);
  if (!set) return 0;
  const evalscore::RuleProfile profile;
  for (const auto& form : evalscore::readers::RecognizeForms(set.value()).forms) {
    if (!form) continue;
    const auto score = evalscore::ScoreProject(form.value(), profile);
    evalscore::CheckProject(form.value(), score, profile);
  }
  return 0;
}
