// The staff page to enter an annual report's own parts for one agency and year: the texts of
// sections 一, 五 and 六 and the ten section 二 cells of the 2021 template, with the Chinese error
// of each field beside it after a failed save.
#pragma once

#include <string>
#include <vector>

#include "web/field_error.h"

namespace gongkai::web {

struct AnnualInputPageModel {
  std::string agency_id;
  std::string agency_name;
  int year = 0;
  FieldMap values;                 // shown in the inputs: stored, or as submitted after an error
  std::vector<FieldError> errors;  // of the last submission
  std::string figures_version;     // version tokens the form echoes (annual_input_form.h)
  std::string text_version;
  bool figures_entered = false;  // stored already (for the status line)
  bool text_entered = false;
  std::string csrf_token;
};

// The path of the page (and of its form's POST): /staff/reports/{agency}/{year}/inputs. Pure.
std::string AnnualInputPath(const std::string& agency_id, int year);

// Content HTML of the page. Pure.
std::string RenderAnnualInputPage(const AnnualInputPageModel& model);

// The error summary shown above the form: one line per field, "label：message". Pure.
std::string AnnualInputErrorSummary(const std::vector<FieldError>& errors);

}  // namespace gongkai::web
