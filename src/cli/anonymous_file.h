// Temporary files without a name, for what a run spills out of memory (the
// batch checks' forms and rows): nothing to remove, whatever ends the process.
#ifndef EVALSCORE_CLI_ANONYMOUS_FILE_H_
#define EVALSCORE_CLI_ANONYMOUS_FILE_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace evalscore::cli {

// The directory for temporary files: $TMPDIR when absolute, else /tmp.
std::string TempDir();

// A file without a name in `dir` (O_TMPFILE); where the file system cannot, a
// random name, mode 0600, unlinked at once. -1 when neither can be made.
int OpenAnonymousFile(const std::string& dir);

// Writes `size` bytes at `offset`; false when the file would not take them.
bool WriteAt(int fd, const char* data, size_t size, uint64_t offset);
// Reads `size` bytes at `offset`; false when the file ran short.
bool ReadAt(int fd, char* data, size_t size, uint64_t offset);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_ANONYMOUS_FILE_H_
