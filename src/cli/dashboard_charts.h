// The dashboard's charts as inline SVG (no script, no external resource), each
// a well-formed XML element. Every mark carries its figure in a data-value
// attribute (and data-form, the form's number) so tests can read the charts
// back and compare them with the batch summary.
#ifndef EVALSCORE_CLI_DASHBOARD_CHARTS_H_
#define EVALSCORE_CLI_DASHBOARD_CHARTS_H_

#include <ostream>
#include <string>
#include <string_view>

#include "cli/dashboard_data.h"
#include "cli/markup_escape.h"

namespace evalscore::cli {

// Execution rate (x) against the self-score on the 100-point scale (y); the
// quadrant "full marks, money not spent" shaded, its forms labelled by number.
// Written to `out` a form at a time (a dot per form).
void WriteScatterSvg(const Dashboard& d, std::ostream& out);
// Recomputed totals (百分制) in ten bins; incomplete forms stacked, hatched.
std::string HistogramSvg(const Dashboard& d);
// The ten complete forms that over-state most (百分制 points).
std::string OverstatementSvg(const Dashboard& d);
// Findings per check code, coloured by severity: the twelve most frequent.
std::string CodesSvg(const Dashboard& d);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_DASHBOARD_CHARTS_H_
