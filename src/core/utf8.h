// Kept for the core's existing includes: the helpers are public (evalscore/utf8.h).
#ifndef EVALSCORE_CORE_UTF8_H_
#define EVALSCORE_CORE_UTF8_H_

#include "evalscore/utf8.h"

#endif  // EVALSCORE_CORE_UTF8_H_
